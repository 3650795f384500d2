"""Which language detector for short captions: py3langid or langdetect (fixed seed)?

    python bench/langdetect_bench.py

Runs both on a fixed set of short, labelled captions of the kind small shops post
(French mostly, some English, Spanish, Italian, German), by length bucket, each once with
every language and once restricted to the five candidates. Prints accuracy, the time of
the first call (model load) and the median time per caption. Record the figures in
bench/RESULTS.md with the machine. No network.
"""

from __future__ import annotations

import platform
import statistics
import time
from collections.abc import Callable

CANDIDATES = ("fr", "en", "es", "it", "de")
CAPTIONS: list[tuple[str, str]] = [
    ("fr", "Merci !"),
    ("fr", "Bonne année !"),
    ("fr", "Ouvert dimanche"),
    ("fr", "Nouveau : brioche feuilletée"),
    ("fr", "La bûche est de retour"),
    ("fr", "Réservez avant samedi midi"),
    ("fr", "Pain de campagne au levain"),
    ("fr", "Fermé lundi pour inventaire"),
    ("fr", "Joyeux Noël à toutes et à tous"),
    ("fr", "Notre galette des rois est prête"),
    ("fr", "Le fournil ferme à 17 h le 24"),
    ("fr", "Merci pour vos commandes de Noël"),
    ("fr", "Les croissants sortent du four à 7 h"),
    ("fr", "Nouvelle coupe, nouvelle saison"),
    ("fr", "Rendez-vous en ligne ou par téléphone"),
    ("fr", "Atelier pâtisserie pour les enfants mercredi"),
    ("fr", "Nous recrutons un vendeur ou une vendeuse"),
    ("fr", "Le pain du jour : seigle et noix"),
    ("fr", "Une petite faim ? Passez nous voir"),
    ("fr", "Commandez votre gâteau d'anniversaire 48 h avant"),
    ("fr", "Merci à la clientèle du quartier pour sa fidélité depuis 2019"),
    ("fr", "Toute l'équipe du fournil vous souhaite une belle semaine"),
    ("fr", "Le salon sera fermé du 1er au 15 août, bonnes vacances"),
    ("fr", "Notre menuisier a posé la nouvelle vitrine ce matin"),
    ("fr", "Balayage et brushing : prenez rendez-vous en ligne"),
    ("fr", "Cookies, brownies et banana bread pour le goûter"),
    ("fr", "Happy hour au fournil tous les jeudis"),
    ("fr", "Le brunch du dimanche affiche complet, merci"),
    ("fr", "Livraison gratuite à partir de 30 euros"),
    ("fr", "Tarte aux pralines, la spécialité lyonnaise"),
    ("en", "Thank you!"),
    ("en", "Happy new year"),
    ("en", "Open on Sunday"),
    ("en", "Our log cake is back"),
    ("en", "Book before Saturday noon"),
    ("en", "Fresh sourdough every morning"),
    ("en", "Closed on Monday for stocktaking"),
    ("en", "Merry Christmas to all of you"),
    ("en", "We are hiring a sales assistant"),
    ("en", "The bakery closes at 5 pm on the 24th"),
    ("en", "Thank you for your Christmas orders"),
    ("en", "Croissants come out of the oven at 7 am"),
    ("en", "Book your appointment online or by phone"),
    ("en", "Pastry workshop for children on Wednesday"),
    ("en", "Order your birthday cake two days ahead"),
    ("en", "Free delivery from 30 euros"),
    ("en", "The whole team wishes you a lovely week"),
    ("en", "Get yours before it is sold out"),
    ("en", "Our chocolate and raspberry log cake is back in the shop"),
    ("en", "Pralines tart, the Lyon speciality"),
    ("es", "¡Gracias!"),
    ("es", "Abierto el domingo"),
    ("es", "Pan de masa madre cada mañana"),
    ("es", "Feliz Navidad a todos"),
    ("es", "Reserva tu tarta antes del sábado"),
    ("es", "Nuestro pan sale del horno a las siete"),
    ("es", "Cerrado el lunes por inventario"),
    ("es", "Gracias por vuestros pedidos de Navidad"),
    ("es", "Envío gratuito a partir de 30 euros"),
    ("es", "Todo el equipo os desea una buena semana"),
    ("it", "Grazie!"),
    ("it", "Aperto domenica"),
    ("it", "Pane con lievito madre ogni mattina"),
    ("it", "Buon Natale a tutti"),
    ("it", "Prenota la tua torta prima di sabato"),
    ("it", "Il nostro pane esce dal forno alle sette"),
    ("it", "Chiuso lunedì per inventario"),
    ("it", "Grazie per i vostri ordini di Natale"),
    ("it", "Consegna gratuita a partire da 30 euro"),
    ("it", "Tutta la squadra vi augura una buona settimana"),
    ("de", "Danke!"),
    ("de", "Sonntag geöffnet"),
    ("de", "Sauerteigbrot jeden Morgen"),
    ("de", "Frohe Weihnachten euch allen"),
    ("de", "Bestellen Sie Ihren Kuchen vor Samstag"),
    ("de", "Unser Brot kommt um sieben aus dem Ofen"),
    ("de", "Montags wegen Inventur geschlossen"),
    ("de", "Danke für eure Weihnachtsbestellungen"),
    ("de", "Kostenlose Lieferung ab 30 Euro"),
    ("de", "Das ganze Team wünscht euch eine schöne Woche"),
]
BUCKETS = ((1, 3), (4, 6), (7, 99))


def _py3langid(restricted: bool) -> Callable[[str], str]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if restricted:
        identifier.set_languages(list(CANDIDATES))
    return lambda text: str(identifier.classify(text.lower())[0])


def _langdetect(restricted: bool) -> Callable[[str], str]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def detect(text: str) -> str:
        try:
            guesses = detect_langs(text)
        except LangDetectException:
            return "?"
        if restricted:
            guesses = [g for g in guesses if g.lang in CANDIDATES] or guesses
        return str(guesses[0].lang)

    return detect


def _assistant() -> Callable[[str], str]:
    from assistant import lang_detect

    def detect(text: str) -> str:
        guess = lang_detect.detect(text, CANDIDATES)
        return "?" if guess is None else guess.language  # "?": under 4 words, not judged

    return detect


def _measure(name: str, make: Callable[[], Callable[[str], str]]) -> None:
    start = time.perf_counter()
    detect = make()
    detect("Bonjour à tous")
    first = time.perf_counter() - start
    times = []
    right: dict[tuple[int, int], list[bool]] = {b: [] for b in BUCKETS}
    for expected, text in CAPTIONS:
        t0 = time.perf_counter()
        got = detect(text)
        times.append(time.perf_counter() - t0)
        words = len(text.split())
        bucket = next(b for b in BUCKETS if b[0] <= words <= b[1])
        right[bucket].append(got == expected)
    cells = [
        f"{b[0]}-{b[1] if b[1] < 99 else '+'} words: {sum(r)}/{len(r)}" for b, r in right.items()
    ]
    judged = right[(4, 6)] + right[(7, 99)]
    print(
        f"{name:34} first call {first * 1000:7.1f} ms, median {statistics.median(times) * 1000:.3f}"
        f" ms/caption | " + " | ".join(cells) + f" | >=4 words: {sum(judged) / len(judged):.0%}"
    )


def main() -> None:
    print(f"{len(CAPTIONS)} captions; {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}")  # fmt: skip
    _measure("py3langid, all languages", lambda: _py3langid(False))
    _measure("py3langid, 5 candidates", lambda: _py3langid(True))
    _measure("assistant.lang_detect (chosen)", _assistant)
    _measure("langdetect seed 0, all languages", lambda: _langdetect(False))
    _measure("langdetect seed 0, 5 candidates", lambda: _langdetect(True))


if __name__ == "__main__":
    main()
