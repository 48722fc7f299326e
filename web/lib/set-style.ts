// Sets inline style through the CSSOM (element.style), which a strict style-src allows, where Lit's
// styleMap writes a style attribute on first render, which it blocks.
import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

class SetStyle extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('setStyle goes on an element: <div ${setStyle({...})}>');
  }

  render(_styles: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    return nothing;
  }
}

export const setStyle = directive(SetStyle);
