import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve('lib');

/** One import from a file of one lib/ folder into another folder, e.g. `eleventy/content-plugin.ts → content/load.ts`. */
interface FolderImport {
  from: string;
  to: string;
  line: string;
}

/**
 * Every import between lib/ folders, type-only ones included: a type import
 * still ties one concern to another. TypeScript's own pre-processor finds
 * them (static, re-exports and dynamic `import()`), so comments and strings
 * that merely look like imports do not count.
 */
function folderImports(): FolderImport[] {
  const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(?:ts|mts|cts|js|mjs|cjs)$/.test(file));
  return files.flatMap((file) => {
    const from = file.split(path.sep)[0]!;
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(LIB, file), 'utf8'), true, true);
    return importedFiles.flatMap(({ fileName }) => {
      if (!fileName.startsWith('.')) return [];
      const target = path.relative(LIB, path.resolve(LIB, path.dirname(file), fileName));
      const to = target.split(path.sep)[0]!;
      if (to === from || target.startsWith('..')) return [];
      return [{ from, to, line: `lib/${file.split(path.sep).join('/')} → lib/${target.split(path.sep).join('/')}` }];
    });
  });
}

/**
 * The cycles of a directed graph: each strongly connected component of more
 * than one node (Tarjan), with a shortest way round it from its first member
 * in alphabetical order, written as a path back to its start.
 */
function cycles(edges: ReadonlyMap<string, ReadonlySet<string>>): { members: string[]; cycle: string[] }[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component);
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  // A shortest way round each component, from its first folder in alphabetical order.
  return components.map((component) => {
    const members = new Set(component);
    const start = [...component].sort()[0]!;
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const node = queue.shift()!;
      for (const next of edges.get(node) ?? []) {
        if (!members.has(next) || previous.has(next)) continue;
        previous.set(next, node);
        if (next === start) queue.length = 0;
        else queue.push(next);
      }
    }
    const way: string[] = [];
    for (let node = previous.get(start)!; node !== start; node = previous.get(node)!) way.unshift(node);
    return { members: [...component].sort(), cycle: [start, ...way, start] };
  });
}

describe('lib/ folders', () => {
  it('import one another without a cycle (one concern builds on others, never back)', () => {
    const imports = folderImports();
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of imports) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    // Each cycle with the imports that make it, then every other import between its folders: one of them has to go.
    const found = cycles(edges).map(({ members: folders, cycle }) => {
      const members = new Set(folders);
      const inside = [...new Map(imports.filter((edge) => members.has(edge.from) && members.has(edge.to)).map((edge) => [`${edge.from}→${edge.to}`, edge])).values()];
      const onCycle = (edge: FolderImport) => cycle.some((from, position) => from === edge.from && cycle[position + 1] === edge.to);
      return [
        `  ${folders.join(', ')}: ${cycle.join(' → ')}`,
        ...inside.filter(onCycle).map((edge) => `    ${edge.line}`),
        ...inside.filter((edge) => !onCycle(edge)).map((edge) => `    (also) ${edge.line}`),
      ].join('\n');
    });
    expect(found, `lib/ folders that import one another in a cycle:\n${found.join('\n')}`).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(edges)).toEqual([{ members: ['a', 'b', 'c'], cycle: ['a', 'b', 'c', 'a'] }]);
  });
});
