/** An RFC 9457 problem from the API; `detail` is already in the language the UI asked for. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(detail ?? title);
  }
}

export async function problemOf(response: Response): Promise<ApiProblem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as { title?: string; detail?: string };
      return new ApiProblem(response.status, body.title ?? response.statusText, body.detail);
    } catch {
      // not the JSON it claimed: fall through to the status line
    }
  }
  return new ApiProblem(response.status, response.statusText || String(response.status));
}
