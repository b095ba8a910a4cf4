// Storybook's docs and controls for every element, read from the Custom Elements Manifest that
// `npm run build` writes (dist/custom-elements.json). The JSDoc on each element class is the one
// source: nothing here names an attribute, event or part.
import type { ArgTypes, InputType } from 'storybook/internal/types';
import manifest from '../dist/custom-elements.json';

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export const elements: Declaration[] = (manifest as Manifest).modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName),
);

export const declarationFor = (tagName: string): Declaration | undefined =>
  elements.find((element) => element.tagName === tagName);

/** Every event any element documents with `@fires`, for the Actions panel. */
export const eventNames: string[] = [
  ...new Set(elements.flatMap((element) => element.events ?? []).map((event) => event.name)),
];

const isPublic = (member: Member): boolean => !member.static && (member.privacy ?? 'public') === 'public';

/** Colour-valued custom properties get a colour picker. */
const isColour = (name: string): boolean => /accent|text|surface|color/.test(name);

function row(item: Typed, category: string, extra: Partial<InputType> = {}): InputType {
  return {
    name: item.name,
    description: item.description,
    table: {
      category,
      type: item.type ? { summary: item.type.text } : undefined,
      defaultValue: item.default ? { summary: item.default } : undefined,
    },
    control: false,
    ...extra,
  };
}

/** The options of a union the manifest spells out (`'horizontal' | 'vertical'`), if it is one. */
function unionOptions(type: string | undefined): string[] | undefined {
  const options = type?.split('|').map((option) => /^\s*'([^']*)'\s*$/.exec(option)?.[1]);
  return options?.every((option) => option !== undefined) ? (options as string[]) : undefined;
}

function attributeControl(type: string | undefined): Partial<InputType> {
  if (type === 'boolean') return { control: { type: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' } };
  const options = unionOptions(type);
  if (options) return { control: { type: 'select' }, options };
  return { control: { type: 'text' } };
}

/**
 * The rows of an element's docs table. Attributes are the controls (args are named after them and
 * set as attributes by the preview's render); the CSS custom properties are controls too (set as
 * inline styles). Properties, methods, events and parts are listed only.
 */
export function extractArgTypes(tagName: string): ArgTypes | null {
  const element = declarationFor(tagName);
  if (!element) return null;
  const argTypes: ArgTypes = {};
  const members = (element.members ?? []).filter(isPublic);
  for (const attribute of element.attributes ?? []) {
    const field = members.find((member) => member.name === attribute.fieldName);
    const reflected = field?.reflects ? ' (reflected)' : '';
    const property = attribute.fieldName ? `Property: \`${attribute.fieldName}\`${reflected}.` : '';
    argTypes[attribute.name] = row(attribute, 'attributes', {
      description: [attribute.description, property].filter(Boolean).join('\n\n'),
      ...attributeControl(attribute.type?.text),
    });
  }
  for (const field of members.filter((member) => member.kind === 'field' && !member.attribute)) {
    argTypes[`property:${field.name}`] = row(field, 'properties', {
      description: [field.description, field.readonly ? 'Read-only.' : ''].filter(Boolean).join(' '),
    });
  }
  // A method's name and what it does; its TypeScript signature is for developers (the README's
  // API section and the .d.ts files), not for the designers who read these pages.
  for (const method of members.filter((member) => member.kind === 'method')) {
    argTypes[`method:${method.name}`] = row(method, 'methods', {
      name: `${method.name}()`,
      table: { category: 'methods' },
    });
  }
  for (const event of element.events ?? []) argTypes[`event:${event.name}`] = row(event, 'events');
  for (const slot of element.slots ?? []) argTypes[`slot:${slot.name}`] = row(slot, 'slots');
  for (const part of element.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts');
  for (const property of element.cssProperties ?? []) {
    argTypes[property.name] = row(property, 'css custom properties', {
      control: { type: isColour(property.name) ? 'color' : 'text' },
    });
  }
  return argTypes;
}

/** The element's description (else its summary), as the docs page's opening text. */
export const extractComponentDescription = (tagName: string): string | undefined => {
  const element = declarationFor(tagName);
  return element?.description || element?.summary;
};
