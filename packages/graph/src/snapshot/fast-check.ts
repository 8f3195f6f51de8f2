/**
 * Fast schema checks for the hot path of snapshot parsing, compiled from the zod schemas (which
 * stay the one declaration of the attributes). A compiled check is true only when zod would
 * accept the value AND give it back unchanged: no key stripped, keys in the schema's order,
 * nothing transformed. So a caller can use the value as it is when the check passes, and run zod
 * (for its message, or for its normalised copy) only when it fails. Only the zod types the graph
 * schema uses are supported; anything else throws when the check is compiled, never silently.
 */

import type { z } from "zod";

export type FastCheck = (value: unknown) => boolean;

interface CheckDef {
  check?: string;
  format?: string;
  value?: number;
  inclusive?: boolean;
}

/** The subset of zod 4's internal definitions this compiler reads. */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  discriminator?: string;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isOptional = (schema: z.ZodType): boolean => defOf(schema).type === "optional";

function unsupported(what: string): never {
  throw new Error(`compileFastCheck: unsupported zod schema (${what})`);
}

function numberCheck(checks: readonly CheckDef[]): FastCheck {
  const tests = checks.map((c): ((n: number) => boolean) => {
    if (c.check === "number_format" && c.format === "safeint") return Number.isSafeInteger;
    const bound = c.value!;
    if (c.check === "greater_than") return c.inclusive ? (n) => n >= bound : (n) => n > bound;
    if (c.check === "less_than") return c.inclusive ? (n) => n <= bound : (n) => n < bound;
    return unsupported(`number check ${c.check ?? "?"} ${c.format ?? ""}`);
  });
  return (v) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return false;
    for (const t of tests) if (!t(v)) return false;
    return true;
  };
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Keys exactly the shape's, in its order (optional ones may be absent), every value checked. */
function objectCheck(shape: Record<string, z.ZodType>): FastCheck {
  const keys = Object.keys(shape);
  const optional = keys.map((k) => isOptional(shape[k]!));
  const checks = keys.map((k) => compileFastCheck(shape[k]!));
  const n = keys.length;
  return (v) => {
    if (!isPlainRecord(v)) return false;
    let i = 0;
    for (const k in v) {
      while (i < n && k !== keys[i] && optional[i]) i++;
      if (i === n || k !== keys[i] || !checks[i]!(v[k])) return false;
      i++;
    }
    for (; i < n; i++) if (!optional[i]) return false;
    return true;
  };
}

/** The discriminator values an option of a discriminated union takes (enum entries or literals). */
function discriminatorValues(option: z.ZodType, discriminator: string): unknown[] {
  const d = defOf(defOf(option).shape?.[discriminator] ?? unsupported(`union option without ${discriminator}`));
  if (d.type === "enum") return Object.values(d.entries!);
  if (d.type === "literal") return d.values!;
  return unsupported(`discriminator of type ${d.type}`);
}

function unionCheck(def: Def): FastCheck {
  const discriminator = def.discriminator ?? unsupported("union without a discriminator");
  const byValue = new Map<unknown, FastCheck>();
  for (const option of def.options!) {
    const check = compileFastCheck(option);
    for (const value of discriminatorValues(option, discriminator)) byValue.set(value, check);
  }
  return (v) => isPlainRecord(v) && (byValue.get(v[discriminator]) ?? (() => false))(v);
}

export function compileFastCheck(schema: z.ZodType): FastCheck {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  if (checks.length > 0 && def.type !== "number") unsupported(`checks on ${def.type}`);
  switch (def.type) {
    case "string":
      return (v) => typeof v === "string";
    case "number":
      return numberCheck(checks);
    case "boolean":
      return (v) => typeof v === "boolean";
    case "literal":
    case "enum": {
      const values = new Set(def.type === "enum" ? Object.values(def.entries!) : def.values!);
      return (v) => values.has(v as never);
    }
    case "nullable": {
      const inner = compileFastCheck(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case "optional":
      // only inside an object (objectCheck lets the key be absent); a present key holds the inner type
      return compileFastCheck(def.innerType!);
    case "array": {
      const element = compileFastCheck(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case "tuple": {
      if (def.rest) unsupported("tuple with a rest element");
      const items = def.items!.map(compileFastCheck);
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return false;
        for (let i = 0; i < items.length; i++) if (!items[i]!(v[i])) return false;
        return true;
      };
    }
    case "object":
      // strict objects reject other keys, the others strip them: either way a value with other keys is not one zod gives back unchanged
      if (def.catchall && defOf(def.catchall).type !== "never") unsupported("object with a catchall");
      return objectCheck(def.shape!);
    case "union":
      return unionCheck(def);
    default:
      return unsupported(def.type);
  }
}
