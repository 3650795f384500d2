"""Problems with the content itself, reported by the loader (exit code 2).

They are rules like any other so that `assistant explain INPUT001` works and reports
list them, but they have no check function: the loader finds them while reading.
"""

from __future__ import annotations

from ..findings import Message as M
from ..findings import Severity
from ..rule import Example, Rule, SourceRef

_DESIGN = SourceRef("README: the content folder", "README.md#the-content-folder")

FRONT_MATTER = Rule(
    code="INPUT001",
    name="input.front-matter-syntax",
    severity=Severity.ERROR,
    category="input",
    summary=M(
        "post.md doit commencer par un en-tête YAML valide entre deux lignes ---.",
        "post.md must start with valid YAML front matter between two --- lines.",
    ),
    rationale=M(
        "Sans en-tête lisible, impossible de savoir où et comment le post sera publié : "
        "aucune autre règle ne peut s'appliquer.",
        "Without readable front matter nothing says where and how the post is published, "
        "so no other rule can run.",
    ),
    message=M("{detail}", "{detail}"),
    sources=(_DESIGN,),
    passes=(Example(raw="---\nnetworks: [instagram]\n---\nBonjour !\n"),),
    fails=(
        Example(raw="---\nnetworks: [instagram\n---\nBonjour !\n", note="unclosed list"),
        Example(raw="Bonjour, pas d'en-tête.\n", note="no front matter"),
    ),
    check=None,
    input_problem=True,
)

INVALID_FIELD = Rule(
    code="INPUT002",
    name="input.invalid-field",
    severity=Severity.ERROR,
    category="input",
    summary=M(
        "Un champ de post.md ou de brand.yaml est inconnu, manquant ou mal rempli.",
        "A field of post.md or brand.yaml is unknown, missing or malformed.",
    ),
    rationale=M(
        "Une faute de frappe (« netwroks ») ne doit pas être ignorée en silence : le post "
        "serait vérifié pour de mauvais réseaux.",
        "A typo ('netwroks') must not be silently ignored: the post would be checked "
        "against the wrong networks.",
    ),
    message=M("{detail}", "{detail}"),
    sources=(_DESIGN,),
    passes=(Example(networks=("instagram", "linkedin")),),
    fails=(
        Example(networks=("instagramm",), note="unknown network"),
        Example(front_matter={"netwroks": ["instagram"]}, note="unknown key"),
    ),
    check=None,
    input_problem=True,
)

ENCODING = Rule(
    code="INPUT003",
    name="input.encoding",
    severity=Severity.ERROR,
    category="input",
    summary=M("Le fichier n'est pas encodé en UTF-8.", "The file is not UTF-8 encoded."),
    rationale=M(
        "Les réseaux sociaux attendent de l'UTF-8 ; un fichier Windows-1252 ou Latin-1 "
        "afficherait des accents cassés une fois publié.",
        "Networks expect UTF-8; a Windows-1252 or Latin-1 file would show broken accents "
        "once published.",
    ),
    message=M("{detail}", "{detail}"),
    sources=(SourceRef("RFC 3629: UTF-8", "https://www.rfc-editor.org/rfc/rfc3629"),),
    passes=(Example(caption="Crème brûlée"),),
    fails=(),  # a non-UTF-8 file cannot be written as a str example; see tests/broken/
    check=None,
    input_problem=True,
)

OUTSIDE = Rule(
    code="INPUT004",
    name="input.outside-folder",
    severity=Severity.ERROR,
    category="input",
    summary=M(
        "Un fichier pointe hors du dossier de contenu (lien symbolique ou chemin ../).",
        "A file points outside the content folder (symbolic link or ../ path).",
    ),
    rationale=M(
        "Le linter ne lit que le dossier qu'on lui donne : un lien vers ailleurs ne serait "
        "pas publié avec le post et pourrait exposer un fichier privé.",
        "The linter reads only the folder it is given: a link elsewhere would not be "
        "published with the post and could expose a private file.",
    ),
    message=M("{detail}", "{detail}"),
    sources=(_DESIGN,),
    passes=(
        Example(
            networks=("facebook",),
            front_matter={"media": [{"file": "a.jpg", "alt": "Pain"}]},
            files=("a.jpg",),
        ),
    ),
    fails=(
        Example(
            networks=("facebook",),
            front_matter={"media": [{"file": "../../../secret.jpg", "alt": "Pain"}]},
        ),
    ),
    check=None,
    input_problem=True,
)

UNREADABLE_MEDIA = Rule(
    code="INPUT005",
    name="input.unreadable-media",
    severity=Severity.ERROR,
    category="input",
    summary=M(
        "Un média est vide, tronqué, corrompu ou trop grand pour être ouvert sans risque.",
        "A media file is empty, truncated, corrupt or too large to open safely.",
    ),
    rationale=M(
        "Un fichier illisible ici le sera aussi pour le réseau social : la publication "
        "échouerait ou montrerait une image cassée.",
        "A file that cannot be read here cannot be read by the network either: publishing "
        "would fail or show a broken image.",
    ),
    message=M(
        "{file} est illisible : {error}. Exportez-le de nouveau depuis votre logiciel.",
        "{file} cannot be read: {error}. Export it again from your editing software.",
    ),
    sources=(_DESIGN,),
    passes=(
        Example(
            networks=("facebook",),
            front_matter={"media": [{"file": "a.png", "alt": "Pain"}]},
            files=("a.png",),
        ),
    ),
    fails=(
        Example(
            networks=("facebook",),
            front_matter={"media": [{"file": "a.png", "alt": "Pain"}]},
            files=("a.png:truncated",),
        ),
    ),
    check=None,
    input_problem=True,
)

UNUSED_SUPPRESSION = Rule(
    code="META001",
    name="meta.unused-suppression",
    severity=Severity.WARNING,
    category="meta",
    summary=M(
        "Une désactivation de règle dans un post ne correspond à aucun constat.",
        "A rule suppression inside a post matches no finding.",
    ),
    rationale=M(
        "Une désactivation oubliée masquerait plus tard un vrai problème ; mieux vaut la "
        "retirer dès qu'elle ne sert plus.",
        "A forgotten suppression would later hide a real problem; remove it once it is no "
        "longer needed.",
    ),
    message=M(
        "La désactivation de {code} ne correspond à aucun constat : retirez-la.",
        "The suppression of {code} matches no finding: remove it.",
    ),
    sources=(SourceRef("sqlfluff: unused noqa", "https://docs.sqlfluff.com/en/stable/"),),
    passes=(
        Example(
            caption="Bonjour\n<!-- assistant: disable=PLAT005 -->\nhttps://fournil.fr",
            networks=("instagram",),
        ),
    ),
    fails=(Example(caption="Bonjour\n<!-- assistant: disable=PLAT005 -->"),),
    check=None,
)

RULES = (FRONT_MATTER, INVALID_FIELD, ENCODING, OUTSIDE, UNREADABLE_MEDIA, UNUSED_SUPPRESSION)
