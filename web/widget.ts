// The embeddable widget: <script src="https://earful.example/widget.js"></script> then
// <earful-reviews company="netflix"></earful-reviews> anywhere on the page.
import { widgetOrigin } from './lib/widget-origin';
import { setApiBase } from './api/api-client';
import './components/earful-reviews';

setApiBase(widgetOrigin);
