// The one element builder of the staff page.

/**
 * Builds an element: `h("p", {class: "hint"}, "text", child)`. Attributes
 * that are false, null or undefined are left out, `true` sets an empty one;
 * children are nodes or text (never parsed as HTML).
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined || value === null) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false || child === "") continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}
