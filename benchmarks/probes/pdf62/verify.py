import json, subprocess, re
E = json.load(open('expected.json'))
def page_text(f, p):
    return subprocess.run(['pdftotext', '-layout', '-f', str(p), '-l', str(p), f, '-'], capture_output=True, text=True).stdout
cache = {}
def pt(f, p):
    if (f, p) not in cache: cache[(f, p)] = page_text(f, p)
    return cache[(f, p)]
def num(s): return re.match(r'-?[0-9][0-9,]*(\.[0-9]+)?', s).group(0)
bad = 0
for b in E['breakdowns']:
    items = [] if b['check'] == 'share' and False else []
    if b['check'] != 'share': items.append((b['total'], b['pdf_page']))
    items += list(zip(b['parts'], b['parts_pages']))
    for t, p in items:
        n = num(t)
        txt = pt(b['file'], p)
        if not re.search(r'(?<![0-9.,])' + re.escape(n) + r'(?![0-9])', txt):
            print('MISSING', b['id'], t, p); bad += 1
    if b['kind'] == 'planted': print('planted ok', b['id'], b['total'], 'p', b['pdf_page'], b['parts'])
for l in E['lookalikes_not_breakdowns']:
    txt = re.sub(r'\s', '', pt(l['file'], l['pdf_page']) + pt(l['file'], l['pdf_page'] + 1) if l['pdf_page'] < 6 else pt(l['file'], l['pdf_page']))
    if l['text'].startswith('表'): continue
    if l['text'] not in txt: print('LOOK MISSING', l['pdf_page'], l['text']); bad += 1
print('bad', bad)
