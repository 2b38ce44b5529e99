import { unified } from 'unified';
import remarkParse from 'remark-parse';
import fs from 'node:fs';
const files = process.argv.slice(2);
for (const f of files) {
  const t = fs.readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).parse(t);
  const kinds = new Set();
  const walk = (n) => { kinds.add(n.type); (n.children || []).forEach(walk); };
  walk(tree);
  const links = [];
  const w2 = (n) => { if (n.type === 'link') links.push(n.url); (n.children || []).forEach(w2); };
  w2(tree);
  console.log(f.replace('locales/content/', ''), [...kinds].join(','), links.filter(u => !u.startsWith('doc:')));
}
