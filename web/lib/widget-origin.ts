// The origin the widget script was loaded from: its API calls and links go there, not to the host site.
// Read while the script runs (document.currentScript is null afterwards), so this module is imported first.
const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);

export const widgetOrigin = script?.src ? new URL(script.src).origin : location.origin;
