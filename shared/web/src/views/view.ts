/** What the router gives a view and gets back. */
export interface Location {
  /** The path after the view's name: `#/article/<id>` → `[id]`. */
  segments: string[];
  /** The query after `?` in the hash. */
  params: URLSearchParams;
}

export interface Rendered {
  element: HTMLElement;
  /** The document title's first part. */
  title: string;
  /** Runs once the element is in the document. */
  afterRender?: () => void;
}

export type View = (location: Location) => Promise<Rendered>;
