// Finds every Badge, Button and ActionIcon the source writes, with the variant and the
// colours it may get, so the contrast test checks what the app really renders rather than
// what axe happens to see on the pages an e2e test visits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface ColorUsage {
  file: string;
  component: string;
  variant: string;
  color: string;
}

const COMPONENTS = new Set(['Badge', 'Button', 'ActionIcon']);
// Mantine's defaults when a prop is absent.
const DEFAULT_VARIANT: Record<string, string> = { Badge: 'filled', Button: 'filled', ActionIcon: 'filled' };
const PRIMARY = 'primary';

function literals(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  const found: string[] = [];
  node.forEachChild((child) => {
    // Conditions (`a === 'EXCLUDE' ? …`) hold strings that are not colours.
    if (ts.isBinaryExpression(child) && child.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken) return;
    found.push(...literals(child));
  });
  return found;
}

function attribute(attributes: ts.JsxAttributes, name: string): string[] | undefined {
  for (const prop of attributes.properties) {
    if (!ts.isJsxAttribute(prop) || prop.name.getText() !== name || !prop.initializer) continue;
    return literals(prop.initializer);
  }
  return undefined;
}

function usagesIn(file: string, text: string): ColorUsage[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: ColorUsage[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText();
      if (COMPONENTS.has(tag)) {
        const variants = attribute(node.attributes, 'variant') ?? [DEFAULT_VARIANT[tag]];
        // A colour passed through a variable is checked where it is written as a
        // literal (e.g. ConfirmDialog's confirmColor below).
        const colors = attribute(node.attributes, 'color') ?? [PRIMARY];
        for (const variant of variants) for (const color of colors) found.push({ file, component: tag, variant, color });
      }
      // ConfirmDialog renders its confirm action as a filled Button in this colour.
      for (const color of attribute(node.attributes, 'confirmColor') ?? []) {
        found.push({ file, component: `${tag}.confirmColor`, variant: 'filled', color });
      }
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

export function colorUsages(dir: string): ColorUsage[] {
  return tsxFiles(dir).flatMap((file) => usagesIn(file, readFileSync(file, 'utf8')));
}

export { usagesIn as colorUsagesInSource, PRIMARY as PRIMARY_COLOR };
