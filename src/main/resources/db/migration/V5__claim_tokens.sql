-- The tokens of each claim as tagged at import (JSON), so comparing reads them instead of tagging
-- every claim again. Claims imported before this column existed get theirs when next compared.

alter table claim add column tokens text;
