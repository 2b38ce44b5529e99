import type { GuideCatalog } from '../../src/domain/guides';
import guide from './guide.json';
import ui from './ui.json';

export default { ui, guide: guide as GuideCatalog };
