// Holds every in-process API answer to the OpenAPI document: callRoute (api-harness.ts) checks
// each response's status, media type, required headers and JSON body against the operation the
// document gives for the request's method and path, and records what was exercised, so that the
// contract test can tell which documented responses no test has produced.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { buildOpenApiDocument } from "@/lib/api/openapi";

type Json = Record<string, unknown>;
const DOCUMENT_ID = "https://claimledger.invalid/openapi.json";
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

const document = buildOpenApiDocument() as unknown as { paths: Record<string, Json>; components?: Json };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ $id: DOCUMENT_ID, components: document.components ?? {} });

export interface Operation {
  template: string;
  method: string;
  responses: Record<string, Json>;
  readsBody: boolean;
  queryParameters: string[];
}

const operations: Operation[] = Object.entries(document.paths).flatMap(([template, item]) =>
  METHODS.filter((method) => method in item).map((method) => ({
    template,
    method: method.toUpperCase(),
    responses: ((item[method] as Json).responses ?? {}) as Record<string, Json>,
    readsBody: Boolean((item[method] as Json).requestBody),
    queryParameters: (((item[method] as Json).parameters ?? []) as { in: string; name: string }[])
      .filter((parameter) => parameter.in === "query")
      .map((parameter) => parameter.name),
  })),
);

const patternOf = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
const patterns = new Map(operations.map((operation) => [operation, patternOf(operation.template)]));

export const documentedOperations = (): readonly Operation[] => operations;
export const operationKey = (operation: Pick<Operation, "method" | "template">) =>
  `${operation.method} ${operation.template}`;

export function operationFor(method: string, pathname: string): Operation | undefined {
  return operations.find((operation) => operation.method === method && patterns.get(operation)!.test(pathname));
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(key: string, schema: Json): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    // The document's own references ("#/components/schemas/Error") point into the schema added above.
    const rooted = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`));
    validate = ajv.compile(rooted);
    validators.set(key, validate);
  }
  return validate;
}

/** `operation key → statuses seen`, for the coverage check. */
export const exercised = new Map<string, Set<string>>();

export interface ObservedAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** The ways an answer breaks the document; empty when it keeps it. */
export function contractViolations(method: string, url: string, answer: ObservedAnswer): string[] {
  const { pathname } = new URL(url, "http://localhost");
  const operation = operationFor(method, pathname);
  if (!operation) return [`${method} ${pathname} is not in the OpenAPI document.`];
  const key = operationKey(operation);
  const status = String(answer.status);
  const response = operation.responses[status];
  if (!response)
    return [
      `${key} answered ${status}, which the document does not list (it lists ${Object.keys(operation.responses).join(", ")}).`,
    ];
  exercised.set(key, (exercised.get(key) ?? new Set()).add(status));

  const problems: string[] = [];
  for (const [name, header] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
    if (header.required && !answer.headers.has(name))
      problems.push(`${key} ${status}: the required header ${name} is missing.`);
  }
  const content = (response.content ?? {}) as Record<string, Json>;
  const mediaTypes = Object.keys(content);
  if (mediaTypes.length === 0) return problems;
  const type = (answer.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!mediaTypes.includes(type))
    return [...problems, `${key} ${status}: Content-Type ${type || "(none)"} is not one of ${mediaTypes.join(", ")}.`];
  const schema = content[type]?.schema as Json | undefined;
  if (!schema || !type.endsWith("json")) return problems;
  const validate = validatorFor(`${key} ${status} ${type}`, schema);
  if (!validate(answer.body)) {
    const errors = (validate.errors ?? [])
      .slice(0, 20)
      .map(
        (error) =>
          `${error.instancePath || "(body)"} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ""}`,
      );
    problems.push(`${key} ${status}: the body does not match the document: ${errors.join("; ")}`);
  }
  return problems;
}
