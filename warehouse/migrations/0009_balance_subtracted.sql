-- A balance carried forward (type 'balance': 年初 + 新增 − 偿还 = 年末) names the parts it takes away: they are in
-- child_figure_ids too, in printed order. Empty for every other type.
-- SELECT relation_id, parent_figure_id, child_figure_ids, subtracted_figure_ids FROM relations WHERE type = 'balance';
ALTER TABLE relations ADD COLUMN subtracted_figure_ids VARCHAR[];
UPDATE relations SET subtracted_figure_ids = [];
