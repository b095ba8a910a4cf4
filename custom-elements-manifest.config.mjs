// The Custom Elements Manifest (dist/custom-elements.json), written for the tools that read it
// (JSX and Vue type generators, VS Code and JetBrains data, Storybook): it names the shipped
// modules (dist/…js), spells every type out as the values it allows, declares each define
// entry's custom-element definition; each element's --mn-* properties are those it documents.
import ts from 'typescript';

/** `define('mn-x', MnX)` in a define module: a custom-element definition export. */
function definitions() {
  const found = new Map();
  return {
    name: 'mn-definitions',
    // The analyzer's own TypeScript (another version than the project's), so its syntax kinds.
    analyzePhase({ ts, node: statement, moduleDoc }) {
      if (!ts.isExpressionStatement(statement)) return;
      const node = statement.expression;
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      found.set(moduleDoc.path, [...(found.get(moduleDoc.path) ?? []), { tag: tag.text, name: ctor.text }]);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const mod of manifest.modules) {
        for (const { tag, name } of found.get(mod.path) ?? []) {
          (mod.exports ??= []).push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name, module: mod.path },
          });
        }
      }
    },
  };
}

/**
 * The exported type aliases and interfaces of src/, each spelt out: `Orientation` →
 * `'horizontal' | 'vertical'`, `BookDetail` → `{ url: string }`.
 */
function expansions() {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.build.json',
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const flags =
    ts.TypeFormatFlags.NoTruncation |
    ts.TypeFormatFlags.InTypeAlias |
    ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
  const map = new Map();
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.includes('/src/')) continue;
    for (const statement of file.statements) {
      const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      if (ts.isTypeAliasDeclaration(statement)) {
        const type = checker.getTypeAtLocation(statement.name);
        map.set(statement.name.text, checker.typeToString(type, statement, flags));
      } else if (ts.isInterfaceDeclaration(statement) && !statement.heritageClauses) {
        const type = checker.getTypeAtLocation(statement.name);
        const members = checker.getPropertiesOfType(type).map((p) => {
          const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
          return `${p.name}${optional}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(p, statement), statement, flags)}`;
        });
        map.set(statement.name.text, `{ ${members.join('; ')} }`);
      }
    }
  }
  return map;
}

function expand(text, map) {
  for (let pass = 0; pass < 5; pass++) {
    const next = text.replace(/\b[A-Z]\w*\b/g, (name) => {
      const expansion = map.get(name);
      if (!expansion) return name;
      return text.trim() === name || !expansion.includes('|') ? expansion : `(${expansion})`;
    });
    if (next === text) break;
    text = next;
  }
  return text;
}

/** src/x/y.ts (or /src/x/y.js, as the analyzer writes some references) → dist/x/y.js. */
const shipped = (path) => path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');

function forTools() {
  return {
    name: 'mn-for-tools',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const map = expansions();
      const classes = new Map();
      for (const mod of manifest.modules) {
        // Only what a module exports is a declaration of it (not the stepper's local variables).
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => d.kind === 'class' || exported.has(d.name));
        for (const d of mod.declarations) if (d.kind === 'class') classes.set(d.name, mod.path);
      }
      // Custom properties are listed as each element documents them (@cssprop): the shared theme
      // reads every --mn-* property for every element, so reading is no sign of use.
      for (const mod of manifest.modules) {
        for (const e of mod.exports ?? []) {
          // A re-exported class is declared where the class is.
          if (e.declaration && classes.has(e.declaration.name)) e.declaration.module = classes.get(e.declaration.name);
        }
      }
      // Types spelt out, and module paths of the shipped files, everywhere in the manifest.
      const walk = (value) => {
        if (Array.isArray(value)) return value.forEach(walk);
        if (!value || typeof value !== 'object') return;
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shipped(child);
          else walk(child);
        }
      };
      for (const mod of manifest.modules) {
        const walkTypes = (v) => {
          if (Array.isArray(v)) return v.forEach(walkTypes);
          if (!v || typeof v !== 'object') return;
          for (const [key, child] of Object.entries(v)) {
            if (key === 'type' && child && typeof child.text === 'string') {
              child.text = expand(child.text, map);
              delete child.references;
            } else walkTypes(child);
          }
        };
        walkTypes(mod);
      }
      walk(manifest);
      manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [definitions(), forTools()],
};
