import { define } from '../../internal/define.js';
import { MnDisclaimer } from './disclaimer.js';

define('mn-disclaimer', MnDisclaimer);

export { MnDisclaimer };

declare global {
  interface HTMLElementTagNameMap {
    'mn-disclaimer': MnDisclaimer;
  }
}
