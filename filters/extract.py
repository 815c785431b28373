"""HTML → main text with trafilatura, guarded so one pathological page cannot stall a task.

A page over `max_html_bytes` is not parsed; a page whose extraction runs past `timeout_s` is abandoned
(a real-time interval timer interrupts it where the worker runs in the main thread, as Spark's Python
workers do). Both outcomes, and pages with no main text, are reported as reasons, never raised.
"""

from __future__ import annotations

import dataclasses
import signal
import threading
from typing import Literal, Optional

# extract reasons, used as `extract.<reason>` drop reasons
TOO_LARGE = "too_large"
TIMEOUT = "timeout"
NO_TEXT = "no_text"
PARSE_ERROR = "parse_error"


ENGINES = ("trafilatura", "resiliparse")


@dataclasses.dataclass
class ExtractParams:
    """The extractor and its settings (trafilatura: FineWeb's choice, precision over recall, no comments;
    resiliparse: Resiliparse's main-content HTML-to-text, as DCLM uses, many times faster) and the guards."""

    engine: Literal["trafilatura", "resiliparse"] = "trafilatura"
    max_html_bytes: int = 2_000_000
    timeout_s: float = 10.0
    favor_precision: bool = True
    include_comments: bool = False
    include_tables: bool = True
    deduplicate: bool = False


class _Timeout(BaseException):
    """Raised by the timer inside the extractor: a BaseException, so that the `except Exception` blocks inside
    trafilatura (its fallbacks catch broadly) cannot swallow it and let a page run past its time."""


# Python ignores an exception raised while it runs a finaliser (a weakref callback, __del__: py4j's run at any
# garbage collection), so a timeout landing there is lost and the page runs on: the timer repeats until disarmed.
RETIMEOUT_S = 0.05
_ARMED = [False]  # whether the timer may raise: cleared before disarming, so a repeat that comes late does nothing


def _raise_timeout(signum, frame):  # noqa: ARG001 - signal handler signature
    if _ARMED[0]:
        raise _Timeout()


def _disarm() -> None:
    _ARMED[0] = False
    signal.setitimer(signal.ITIMER_REAL, 0)


class HtmlExtractor:
    """Extracts the main text of HTML pages with the configured guards."""

    def __init__(self, params: ExtractParams):
        self.params = params
        if params.engine == "resiliparse":
            self._extract = _resiliparse_extract
        else:
            import trafilatura  # imported here: loading it costs ~1 s, only needed where HTML arrives

            self._extract = trafilatura.extract

    def extract(self, html: bytes, url: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
        """Returns (text, None) or (None, reason)."""
        if len(html) > self.params.max_html_bytes:
            return None, TOO_LARGE
        use_timer = self.params.timeout_s > 0 and threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGALRM, _raise_timeout) if use_timer else None
        try:
            try:
                if use_timer:  # fires again every RETIMEOUT_S until disarmed: see RETIMEOUT_S
                    _ARMED[0] = True
                    signal.setitimer(signal.ITIMER_REAL, self.params.timeout_s, RETIMEOUT_S)
                text = self._extract(
                    html,
                    url=url,
                    favor_precision=self.params.favor_precision,
                    include_comments=self.params.include_comments,
                    include_tables=self.params.include_tables,
                    deduplicate=self.params.deduplicate,
                )
            finally:  # disarmed inside the try, so a timer firing at the last moment is still caught below
                if use_timer:
                    _disarm()
        except _Timeout:
            return None, TIMEOUT
        except Exception:  # trafilatura/lxml raise many kinds on broken markup; the page is data
            return None, PARSE_ERROR
        finally:
            if use_timer:
                _disarm()  # again: a repeat may have cut the inner disarm short
                signal.signal(signal.SIGALRM, previous)
        if not text or not text.strip():
            return None, NO_TEXT
        return text, None


def _resiliparse_extract(html: bytes, url: Optional[str] = None, favor_precision: bool = True,  # noqa: ARG001
                         include_comments: bool = False, include_tables: bool = True,  # noqa: ARG001
                         deduplicate: bool = False) -> str:  # noqa: ARG001
    """Main text with Resiliparse (the bytes decoded by its encoding detection; links, alt texts and form
    fields left out, as DCLM extracts); takes trafilatura's arguments, using only `include_comments`."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    return extract_plain_text(bytes_to_str(html, detect_encoding(html)), main_content=True, alt_texts=False,
                              links=False, form_fields=False, noscript=False, comments=include_comments)
