"""The prompt-injection detector's rules (:mod:`evaluator.judge.injection` runs them): plain
regular expressions of bounded repetitions over the normalised text, each with the trigger words
one of which must occur for it to run, in English and ten other languages.

A rule is ``imperative`` when it does not count after a subject or auxiliary ("models ignore …")
and ``mentionable`` when it does not count quoted after a word that reports it ("like 'ignore …'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable


@dataclass(frozen=True)
class Rule:
    """One pattern of an instruction to the grader, with where and when it applies."""

    name: str
    language: str
    kind: str
    triggers: tuple[str, ...]  # substrings of the view one of which must occur for the rule to run
    source: str  # the regular expression (compiled on first use: importing this module stays cheap)
    view: str = "latin"  # "latin" or "native"
    imperative: bool = False  # not when a subject or auxiliary precedes it ("models ignore …")
    mentionable: bool = False  # not when quoted after a word that reports it ("like 'ignore …'")


RULES: list[Rule] = []


def _rule(name: str, language: str, kind: str, triggers: Iterable[str], pattern: str, *, view: str = "latin",
          imperative: bool = False, mentionable: bool = False) -> None:
    RULES.append(Rule(name, language, kind, tuple(triggers), pattern, view, imperative, mentionable))


@lru_cache(maxsize=None)
def compiled(source: str) -> re.Pattern[str]:
    """A pattern compiled once, on first use (importing the rules stays cheap)."""
    return re.compile(source)


S = r"\s*"  # between words: also matches words joined after spelt-out letters were put together

# English ------------------------------------------------------------------------------------------
_EN_IGNORE = (r"(?:ignore|disregard|forget|overlook|neglect|skip|discard|dismiss|bypass|override|overrule|"
              r"abandon|set\s*aside|throw\s*out|pay\s*no\s*attention\s*to|do\s*not\s*follow|don'?t\s*follow|"
              r"stop\s*following|no\s*longer\s*follow|cancel)")
_EN_FILLER = r"(?:(?:all|any|each|every|of|the|your|my|our|these|those|this|its|their|such)\s*){0,4}"
_EN_POSITION = (r"(?:previous(?:ly)?|prior|preceding|above|earlier|former|foregoing|original|initial|old|existing|"
                r"system|given|developer|operator|default|other|hidden|current|grading|scoring|marking|evaluation|"
                r"assessment)")
_EN_OBJECT = (r"(?:instructions?|instructed|rules?|rubrics?|prompts?|guidelines?|guidance|directions?|directives?|"
              r"commands?|orders|constraints|criteria|messages?|programming|policies|policy|settings|"
              r"system\s*prompt|text)")
_EN_GRADER_OBJECT = (r"(?:rubrics?|(?:your|the\s*grading|the\s*scoring|the\s*marking|the\s*evaluation|the\s*assessment|"
                     r"the\s*judging)\s*(?:instructions?|rules|guidelines|criteria|prompt|rubric|programming|"
                     r"system\s*prompt)|the\s*instructions|the\s*system\s*prompt|your\s*system\s*prompt)")
_IGNORE_TRIGGERS = ("ignor", "disregard", "forget", "overlook", "neglect", "skip", "discard", "dismiss", "bypass",
                    "overrid", "overrul", "abandon", "aside", "throw", "attention", "follow", "cancel")
_rule("ignore-previous-instructions", "en", "override", _IGNORE_TRIGGERS,
      _EN_IGNORE + S + _EN_FILLER + _EN_POSITION + S + r"(?:[a-z]+\s*)?" + _EN_OBJECT,
      imperative=True, mentionable=True)
_rule("ignore-the-rubric", "en", "override", _IGNORE_TRIGGERS,
      _EN_IGNORE + S + r"(?:(?:all|any|of|every|the|this|these|those)\s*){0,2}" + _EN_GRADER_OBJECT,
      imperative=True, mentionable=True)
_rule("ignore-everything-above", "en", "override", ("ignor", "disregard", "forget"),
      r"(?:ignore|disregard|forget)\s*(?:about\s*)?(?:everything|all\s*(?:of\s*)?(?:that|this)|anything|what)\s*"
      r"(?:you\s*(?:were|have\s*been|'ve\s*been|are)\s*(?:told|given|instructed|taught)|"
      r"(?:(?:that\s*)?(?:was|is|i\s*have|i've|we've)\s*)?(?:written|said|stated|mentioned)?\s*"
      r"(?:above|before\s*this|so\s*far|earlier|previously)(?![a-z]))", imperative=True, mentionable=True)
_rule("instructions-void", "en", "override", ("void", "null", "cancel", "revoked", "superseded", "replaced", "obsolete",
                                               "outdated", "invalid", "suspended", "lifted", "no longer", "nolonger"),
      r"(?:previous|prior|above|earlier|original|old|system|grading|your)\s*(?:instructions|rules|prompt|guidelines)"
      r"\s*(?:are|is|have\s*been|were)\s*(?:now\s*|hereby\s*)?(?:void|null|cancel+ed|revoked|superseded|replaced|"
      r"obsolete|outdated|invalid|suspended|lifted|no\s*longer\s*(?:valid|apply|applicable|in\s*effect))",
      mentionable=True)
_rule("new-instructions", "en", "override", ("instruction", "directive", "prompt:", "prompt :", "prompt!", "prompt for",
                                             "override", "admin", "system update", "system notice", "system alert",
                                             "systemupdate", "systemnotice", "systemalert", "developer mode",
                                             "developermode"),
      r"(?:(?:new|updated|revised|real|actual|true|secret|hidden|priority)\s*(?:system\s*)?(?:instructions?|directives?|"
      r"system\s*prompt)|system\s*(?:override|update|notice|alert|instruction)|admin(?:istrator)?\s*(?:override|"
      r"instructions?|command)|developer\s*(?:mode|override|instructions?))\s*(?:for\s*(?:the\s*)?\w+\s*)?[:!]",
      mentionable=True)
_rule("you-are-now", "en", "persona", ("you are", "you're", "youare", "from now on", "fromnowon"),
      r"(?:you\s*are|you're)\s*(?:now|no\s*longer)\s*(?:an?\s*|the\s*|my\s*|in\s*)?(?:[a-z]+\s*){0,2}?"
      r"(?:grader|evaluator|judge|assessor|examiner|marker|scorer|reviewer|assistant|ai|model|chatbot|bot|dan|"
      r"jailbroken|unrestricted|unfiltered|developer\s*mode|free)(?![a-z])|"
      r"from\s*now\s*on\s*,?\s*(?:you|your|the\s*(?:grader|evaluator|judge|model|ai))\s*(?:are|will|must|shall|should|"
      r"only|always|need|job|task|role)", imperative=True, mentionable=True)
_rule("act-as-lenient-grader", "en", "persona", ("act", "pretend", "roleplay", "role-play", "role play", "behave"),
      r"(?:act|behave|pretend\s*to\s*be|pretend\s*(?:that\s*)?you\s*are|roleplay|role-play|role\s*play)\s*(?:as|like)?\s*"
      r"(?:an?\s*|the\s*)?(?:very\s*|extremely\s*|more\s*)?(?:lenient|generous|kind|friendly|easy|nice|positive|"
      r"biased|soft|forgiving|easygoing|easy-going)\s*(?:grader|evaluator|judge|assessor|examiner|marker|scorer|"
      r"reviewer|interviewer)", imperative=True, mentionable=True)
_rule("as-the-evaluator", "en", "grader", ("evaluator", "grader", "judge", "assessor", "examiner", "scorer", "marker"),
      r"as\s*(?:the|an?|my|our)\s*(?:ai\s*|llm\s*|automated\s*|language\s*model\s*)?(?:evaluator|grader|judge|"
      r"assessor|examiner|scorer|marker)s?\s*,?\s*(?:you\s*(?:must|should|shall|will|need|have\s*to|are\s*(?:required|"
      r"instructed|expected|asked))|(?:it\s*is\s*)?your\s*(?:job|task|duty|role)|please)")
_AI = (r"(?:ai|llm|gpt|chatgpt|claude|gemini|language\s*model|automated\s*(?:grader|evaluator|judge|system|reviewer|"
       r"assessor)|grading\s*(?:ai|model|system|bot)|(?:ai|llm|model)\s*(?:grader|evaluator|judge|reviewer|assessor|"
       r"assistant))")
_rule("addressed-to-the-ai", "en", "address", ("dear", "attention", "note to", "note for", "noteto", "notefor",
                                                "message", "instruction", "hey", "hello", "p.s"),
      r"(?:dear|attention|note\s*to|note\s*for|message\s*to|message\s*for|instructions?\s*to|instructions?\s*for|"
      r"hey|hello|p\.?s\.?)\s*(?:to\s*|for\s*)?[,:]?\s*(?:the\s*|any\s*|all\s*|an?\s*)?" + _AI + r"(?![a-z])")
_rule("if-you-are-an-ai", "en", "address", ("you are", "youare"),
      r"(?:if|when)\s*you\s*are\s*(?:an?\s*)?(?:ai|llm|language\s*model|large\s*language\s*model|"
      r"automated\s*(?:grader|evaluator|judge|system|reviewer)|chatbot|gpt|bot)(?![a-z])\s*(?:reading|grading|"
      r"evaluating|scoring|reviewing|assessing|processing|,|:)")
_rule("to-the-ai-reading-this", "en", "address", ("reading", "grading", "evaluating", "scoring", "reviewing",
                                                   "assessing", "processing", "marking"),
      r"(?:to|for)\s*(?:the|any|all)\s*(?:ai|llm|language\s*model|automated\s*\w+|ai\s*\w+)\s*"
      r"(?:systems?\s*|models?\s*)?(?:reading|grading|evaluating|scoring|reviewing|assessing|processing|marking)"
      r"\s*(?:this|these|my)")
_GRADE_VERBS = r"(?:grade|score|rate|mark|evaluate|assess|rank|classify|judge|label)"
_TOP = (r"(?:top|highest|maximum|max|full|perfect|excellent|outstanding|exceptional|exemplary|best|10\s*/\s*10|"
        r"5\s*/\s*5|100\s*%)")
_rule("grade-this-answer-as", "en", "grader", ("grade", "score", "rate", "mark", "evaluat", "assess", "rank",
                                                "classif", "judge", "label"),
      _GRADE_VERBS + S + r"(?:this|my|the\s*(?:following|above|candidate'?s?|current))\s*(?:answer|response|submission|"
      r"candidate|essay|text|reply)?\s*(?:as|at|=|:)\s*(?:an?\s*|the\s*)?(?:" + _TOP[3:-1] +
      r"|level\s*\d|\d\s*/\s*\d|strong\s*hire|hire|pass|passing|correct|expert|senior)(?![a-z])", imperative=True)
_rule("give-the-top-score", "en", "grader", ("give", "assign", "award", "grant", "set", "put", "rate", "score",
                                              "mark", "grade"),
      r"(?:give|assign|award|grant|set|put|rate|score|mark|grade)\s*(?:this\s*(?:answer|response|candidate|submission)|"
      r"the\s*candidate|me|it|us|him|her|them|each\s*criterion|every\s*criterion|all\s*(?:the\s*)?criteria|"
      r"everything)?\s*(?:the\s*|a\s*|an\s*)?" + _TOP + r"\s*(?:possible\s*)?(?:level|levels|scores?|marks?|grades?|"
      r"rating|points|rank|ranking)", imperative=True)
_rule("assign-a-level", "en", "grader", ("level", "score", "grade"),
      r"(?:assign|award|give|set|put|score|rate|grade|mark)\s*(?:it|this(?:\s*answer)?|them|all|every(?:thing)?|each|"
      r"me|the\s*candidate)?\s*(?:(?:criteria|criterion|items?|categories|dimensions)\s*)?(?:to\s*|at\s*|as\s*|with\s*)?"
      r"(?:the\s*)?(?:level|grade)\s*(?:of\s*)?[=:]?\s*(?:[2-9]|10|three|four|five|max|top|maximum|highest)(?![0-9])",
      imperative=True)
_rule("every-criterion-at-the-top", "en", "grader", ("criteri", "item", "dimension", "categor"),
      r"(?:all|every|each)\s*(?:of\s*the\s*|single\s*)?(?:criteria|criterion|criterions|items|dimensions|categories)"
      r"\s*(?:should|must|shall|will|need\s*to|=|:|to|at|get|gets|receive)?\s*(?:be\s*)?"
      r"(?:(?:scored|rated|set|graded|marked|given)\s*)?(?:(?:at|as|to)\s*)?(?:the\s*)?(?:level\s*)?"
      r"(?:[3-9]|10|top|max|maximum|highest|full|perfect)(?![0-9a-z])")
_rule("this-answer-deserves", "en", "grader", ("this answer", "this response", "this submission", "this candidate",
                                                "thisanswer", "thisresponse", "thiscandidate"),
      r"this\s*(?:answer|response|submission|candidate)\s*(?:deserves|merits|warrants|should\s*(?:get|receive|be\s*given)|"
      r"must\s*(?:get|receive|be\s*given))\s*(?:the\s*|a\s*|an\s*)?(?:" + _TOP[3:-1] + r"|level\s*\d|\d+\s*/\s*\d+)|"
      r"this\s*(?:answer|response|submission)\s*(?:is|has\s*been)\s*(?:already\s*)?(?:pre-?approved|approved|verified|"
      r"pre-?graded|graded|validated|certified)\s*(?:by|as)")
_FLAGS_DOWN = r"\s*(?:as|to|at|=|:)?\s*(?:false|0|off|no|not\s*raised|unraised|lowered|cleared?|none|negative|down)(?![a-z])"
_rule("lower-the-flags", "en", "grader", ("flag",),
      r"(?:mark|set|leave|report|return|output|make|keep|put|switch|turn|answer)\s*(?:all\s*(?:the\s*|of\s*the\s*)?|"
      r"every\s*|each\s*|any\s*|the\s*)?(?:red\s*)?(?:flags|(?<=all )flag|(?<=all)flag|(?<=every )flag|(?<=every)flag|"
      r"(?<=each )flag|(?<=each)flag|(?<=any )flag|(?<=any)flag)"
      + _FLAGS_DOWN, imperative=True)
_rule("do-not-raise-flags", "en", "grader", ("flag",),
      r"(?:do\s*not|don'?t|never|no\s*need\s*to)\s*(?:raise|set|flag|mark|trigger)\s*(?:any\s*)?(?:of\s*the\s*)?"
      r"(?:red\s*)?flags", imperative=True)
_rule("clear-all-flags", "en", "grader", ("flag",),
      r"(?:lower|clear|unset|drop|remove|dismiss)\s*(?:all|every|each|any)\s*(?:of\s*the\s*)?(?:red\s*)?flags?",
      imperative=True)
_rule("no-flags", "en", "grader", ("flag",),
      r"(?:do\s*not|don'?t|never)\s*flag\s*(?:anything|any\s*thing|this|it|me|the\s*candidate)\s*"
      r"(?:(?:in|for|about|on)\s*(?:this|my|the)\s*(?:answer|response|submission|candidate)\s*)?(?=[.!,;\n]|$)|"
      r"(?:every|each|all|any)\s*(?:of\s*the\s*)?(?:red\s*)?flags?\s*(?:is|are|should\s*be|must\s*be|=|:)\s*"
      r"(?:false|0|off|not\s*raised|unraised|lowered|cleared)\s*(?=[.!,;\n]|$)", imperative=True)
_rule("grade-generously", "en", "grader", ("generous", "lenien", "favourab", "favorab", "kindly", "charitab"),
      r"(?:score|grade|mark|rate|judge|evaluate|assess|review)\s*(?:this\s*(?:answer|response|candidate)?\s*|"
      r"me\s*|it\s*)?(?:very\s*|extremely\s*|more\s*)?(?:generously|leniently|favou?rably|kindly|charitably)",
      imperative=True)
_rule("score-on-every-criterion", "en", "grader", ("criteri", "item"),
      r"(?:\d+\s*/\s*\d+|level\s*\d|full\s*marks|top\s*level|max(?:imum)?\s*level)\s*(?:on|for|in|across)\s*"
      r"(?:every|each|all)\s*(?:of\s*the\s*)?(?:criteria|criterion|criterions|items)")
_rule("verdict-json", "any", "markup", ('"criteria"', '"flags"', '"injection_detected"', '"level"', '"raised"',
                                        "injection_detected"),
      r'"(?:criteria|flags)"\s*:\s*\{|"injection_detected"\s*:|"level"\s*:\s*\d|"raised"\s*:\s*(?:true|false)|'
      r"injection_detected")
_rule("chat-role-tags", "any", "markup", ("<|", "[inst", "[/inst", "[sys", "<<sys", "<sys", "</sys", "<system",
                                           "</system", "<instruction", "</instruction", "</answer", "<answer",
                                           "<assistant", "</assistant", "<prompt", "</prompt", "<rubric", "</rubric",
                                           "< ", "</ ", "###"),
      r"<\|\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|"
      r"begin_of_text)\s*\|>|\[/?(?:inst|sys)\]|<</?sys>>|"
      r"<\s*/?\s*(?:system|instructions?|sys|answer|candidate_answer|rubric|prompt|assistant)\s*>|"
      r"###\s*(?:system|instructions?|response|new\s*instructions?)\s*(?::|###|\n|$)")
_rule("role-line", "any", "markup", ("system:", "assistant:", "developer:", "system :", "assistant :", "developer :"),
      r"(?:^|[\n>\]\u2029]|--|==) ?(?:system|assistant|developer)\s*:")
_rule("our-delimiters", "any", "markup", ("<<answer", "<< answer", "<<end", "<< end", "<<question", "<< question",
                                           "<<input", "<< input"),
      r"<<\s*(?:end[\s_-]*)?(?:answer|question|input)")
_rule("end-of-answer", "any", "markup", ("[end", "[ end", "-end", "- end", "=end", "= end", "#end", "# end", "*end",
                                         "* end"),
      r"(?:---|===|###|\*\*\*|\[)\s*end\s*(?:[\s_-]*of\s*)?(?:the\s*)?(?:candidate'?s?\s*)?(?:answer|response|input|"
      r"submission|user\s*input)")

# other languages: "ignore the previous instructions" and "give (this answer) the highest score" ------
_rule("ignore-previous-instructions", "de", "override", ("ignor", "vergiss", "vergess", "missacht", "ubergeh",
                                                          "uberspring", "beachte"),
      r"(?:ignorier(?:e|en|t)?|vergiss|vergesst|vergessen|missachte|missachtet|missachten|ubergehe|uberspringe|"
      r"beachte\s*nicht|beachten\s*sie\s*nicht)\s*(?:(?:sie|du|bitte|jetzt|nun|alle|alles|samtliche|die|deine|ihre|"
      r"bisherigen|obigen|vorherigen|vorigen|fruheren|vorangegangenen|vorstehenden|oben\s*genannten|gegebenen|"
      r"ursprunglichen)\s*){0,5}(?:anweisungen|anweisung|instruktionen|befehle|regeln|vorgaben|richtlinien|"
      r"bewertungskriterien|bewertungsrichtlinien|systemanweisungen|prompt)", imperative=True, mentionable=True)
_rule("give-the-top-score", "de", "grader", ("hochst", "beste", "maximal", "volle", "top"),
      r"(?:gib|gebe|geben\s*sie|vergib|vergebe|vergeben\s*sie|erteile|erteilen\s*sie|bewerte|bewerten\s*sie)\s*"
      r"(?:(?:dieser|diese|diesem|dem|der|die|mir|uns|ihm|ihr|antwort|kandidaten|kandidatin|bitte|jetzt|jedem|"
      r"allen|kriterium|kriterien|mit|als)\s*){0,5}(?:eine\s*)?(?:hochste|hochsten|beste|besten|maximale|maximalen|volle|"
      r"vollen|top|hochstmogliche|hochstmoglichen|bestmogliche|bestmoglichen)\s*(?:punktzahl|punkte|punkten|"
      r"bewertung|note|stufe|wertung|level|score)")
_rule("ignore-previous-instructions", "fr", "override", ("ignor", "oubli", "compte", "abstraction"),
      r"(?:ignore[zrs]?|oublie[zrs]?|ne\s*tiens\s*pas\s*compte|ne\s*tenez\s*pas\s*compte|tiens\s*pas\s*compte|"
      r"tenez\s*pas\s*compte|faites\s*abstraction|fais\s*abstraction)"
      r"\s*(?:(?:toutes|tous|de|des|d'|les|vos|tes|ces|la|le|l')\s*){0,3}(?:instructions?|consignes?|regles|"
      r"directives?|grille\s*d'evaluation|bareme)(?:\s*(?:precedentes|anterieures|ci-dessus|d'avant|du\s*systeme|"
      r"donnees|qui\s*precedent))?", imperative=True, mentionable=True)
_rule("give-the-top-score", "fr", "grader", ("meilleure", "maxim", "plus haut", "plushaut", "parfait", "/20", "/10"),
      r"(?:donne[zr]?|attribue[zr]?|accorde[zr]?|mets|mettez|note[zr]?)\s*(?:-?moi|-?lui|-?leur)?\s*"
      r"(?:(?:a\s*cette\s*reponse|a\s*ce\s*candidat|a\s*cette\s*candidate|cette\s*reponse|a\s*chaque\s*critere|"
      r"a\s*tous\s*les\s*criteres|s'il\s*(?:te|vous)\s*plait)\s*){0,2}(?:la\s*|le\s*|une\s*|un\s*)?"
      r"(?:meilleure\s*note|note\s*(?:la\s*plus\s*haute|maximale|maximum|parfaite)|plus\s*haute\s*note|"
      r"score\s*(?:maximal|maximum|parfait|le\s*plus\s*haut)|niveau\s*(?:maximal|maximum|le\s*plus\s*haut)|"
      r"(?:20|10)\s*/\s*(?:20|10)|maximum\s*de\s*points)")
_rule("ignore-previous-instructions", "es", "override", ("ignor", "olvid", "descart", "omit", "omiso"),
      r"(?:ignora|ignore|ignoren|olvida|olvide|olviden|olvidate\s*de|descarta|descarte|omite|omita|haz\s*caso\s*omiso\s*"
      r"(?:a|de)|haga\s*caso\s*omiso\s*(?:a|de))\s*(?:(?:todas|todos|las|los|tus|sus|estas|de|a)\s*){0,3}"
      r"(?:instrucciones|indicaciones|reglas|directrices|ordenes|rubrica)(?:\s*(?:anteriores|previas|de\s*arriba|"
      r"del\s*sistema))?", imperative=True, mentionable=True)
_rule("give-the-top-score", "es", "grader", ("maxim", "mas alt", "masalt", "perfect", "mejor"),
      r"(?:da|dale|dame|otorga|otorgale|asigna|asignale|pon|ponle|califica|calificala|puntua)\s*"
      r"(?:(?:a\s*esta\s*respuesta|a\s*este\s*candidato|a\s*esta\s*candidata|esta\s*respuesta|a\s*cada\s*criterio|"
      r"a\s*todos\s*los\s*criterios|por\s*favor)\s*){0,2}(?:la\s*|el\s*|una\s*|un\s*|con\s*(?:la\s*|el\s*)?)?"
      r"(?:(?:puntuacion|nota|calificacion|puntaje|nivel)\s*(?:mas\s*alta|maxima|maximo|perfecta|perfecto|mas\s*alto)|"
      r"(?:maxima|mejor|mas\s*alta)\s*(?:puntuacion|nota|calificacion))")
_rule("ignore-previous-instructions", "pt", "override", ("ignor", "esquec", "desconsider", "descart"),
      r"(?:ignore|ignora|ignorem|esqueca|esquece|esquecam|desconsidere|desconsidera|descarte)\s*"
      r"(?:(?:todas|todos|as|os|suas|tuas|essas|de)\s*){0,3}(?:instrucoes|orientacoes|regras|diretrizes|ordens|rubrica)"
      r"(?:\s*(?:anteriores|previas|acima|do\s*sistema))?", imperative=True, mentionable=True)
_rule("give-the-top-score", "pt", "grader", ("maxim", "mais alt", "maisalt", "perfeit"),
      r"(?:atribua|atribui|conceda|concede|coloque|de|da|de-me|da-me|de-lhe|da-lhe|avalie|avalia)\s*"
      r"(?:(?:a\s*esta\s*resposta|a\s*este\s*candidato|a\s*esta\s*candidata|esta\s*resposta|a\s*cada\s*criterio|"
      r"a\s*todos\s*os\s*criterios|por\s*favor|com)\s*){0,2}(?:a\s*|o\s*)?(?:nota|pontuacao|avaliacao|nivel|classificacao)"
      r"\s*(?:maxima|maximo|mais\s*alta|mais\s*alto|perfeita|perfeito)")
_rule("ignore-previous-instructions", "it", "override", ("ignor", "dimentic", "trascur", "tralasc", "considerare"),
      r"(?:ignora|ignorate|ignori|dimentica|dimenticate|dimentichi|trascura|tralascia|non\s*considerare)\s*"
      r"(?:(?:tutte|tutti|le|gli|i|tue|sue|queste|di)\s*){0,3}(?:istruzioni|indicazioni|regole|direttive|consegne|rubrica)"
      r"(?:\s*(?:precedenti|sopra|di\s*sistema|date))?", imperative=True, mentionable=True)
_rule("give-the-top-score", "it", "grader", ("massim", "piu alt", "piualt", "pieno", "perfetto"),
      r"(?:dai|date|dia|dammi|assegna|assegnate|assegni|attribuisci|attribuite|metti|mettete)\s*"
      r"(?:(?:a\s*questa\s*risposta|a\s*questo\s*candidato|a\s*questa\s*candidata|mi|gli|le|questa\s*risposta|"
      r"a\s*ogni\s*criterio|a\s*tutti\s*i\s*criteri|per\s*favore)\s*){0,2}(?:il\s*|la\s*|un\s*|una\s*)?"
      r"(?:punteggio|voto|valutazione|livello)\s*(?:massimo|massima|piu\s*alto|piu\s*alta|pieno|perfetto)")
_rule("ignore-previous-instructions", "nl", "override", ("negeer", "vergeet", "sla ", "negeren", "vergeten"),
      r"(?:negeer|negeren|vergeet|vergeten|sla)\s*(?:(?:alle|al|de|je|jouw|uw|deze|die|eerst)\s*){0,3}"
      r"(?:vorige|eerdere|voorgaande|bovenstaande|oude|bovengenoemde|gegeven)?\s*(?:instructies|instructie|aanwijzingen|"
      r"regels|opdrachten|richtlijnen|rubric|beoordelingscriteria|prompt)(?:\s*over)?", imperative=True,
      mentionable=True)
_rule("give-the-top-score", "nl", "grader", ("hoogst", "maximale", "beste", "volle"),
      r"(?:geef|ken)\s*(?:(?:dit\s*antwoord|deze\s*kandidaat|mij|me|het|ieder\s*criterium|elk\s*criterium|"
      r"alle\s*criteria|alsjeblieft|aub)\s*){0,2}(?:de\s*|een\s*)?(?:hoogste|maximale|beste|volle|hoogst\s*mogelijke)"
      r"\s*(?:score|beoordeling|cijfer|punten|niveau|waardering|punt)")
_rule("ignore-previous-instructions", "pl", "override", ("ignoruj", "zapomnij", "pomin", "zwracaj"),
      r"(?:zignoruj|zignorujcie|ignoruj|ignorujcie|zapomnij|zapomnijcie|pomin|pomincie|nie\s*zwracaj\s*uwagi\s*na)\s*"
      r"(?:(?:o|wszystkie|wszystkich|wszelkie|twoje|swoje|te|na|poprzednie|poprzednich|wczesniejsze|wczesniejszych|"
      r"powyzsze|powyzszych|dotychczasowe|dotychczasowych|systemowe)\s*){0,4}(?:instrukcje|instrukcji|instrukcjach|"
      r"polecenia|polecen|zasady|zasad|regul|reguly|wytyczne|wytycznych|prompt)", imperative=True, mentionable=True)
_rule("give-the-top-score", "pl", "grader", ("najwyzsz", "maksymaln", "najlepsz", "peln"),
      r"(?:daj|dajcie|przyznaj|przyznajcie|wystaw|wystawcie|ustaw|postaw|ocen)\s*"
      r"(?:(?:tej\s*odpowiedzi|temu\s*kandydatowi|tej\s*kandydatce|mi|tej|odpowiedzi|kazdemu\s*kryterium|"
      r"wszystkim\s*kryteriom|prosze|na)\s*){0,3}(?:najwyzsza|najwyzszy|najwyzsze|maksymalna|maksymalny|maksymalne|"
      r"najlepsza|pelna|pelny)\s*(?:ocene|ocena|note|liczbe\s*punktow|punktacje|poziom|wynik|punkty)")
_rule("ignore-previous-instructions", "ru", "override", ("игнор", "забуд", "внимани", "пропусти", "отбрось"),
      r"(?:проигнорируй(?:те)?|игнорируй(?:те)?|забудь(?:те)?|не\s*обращай(?:те)?\s*внимания\s*на|пропусти(?:те)?|"
      r"отбрось(?:те)?)\s*(?:(?:все|всё|свои|твои|ваши|эти|про|о|об|предыдущие|предыдущих|прежние|прежних|"
      r"предшествующие|вышеуказанные|вышеприведённые|вышеприведенные|изначальные|системные|данные\s*ранее|"
      r"ранее\s*данные|данные\s*тебе|тебе)\s*){0,4}(?:инструкци[июяй]\w*|указани[ейяю]\w*|правил\w*|команд\w*|"
      r"промпт\w*|критери\w*|рубрик\w*)", view="native", imperative=True, mentionable=True)
_rule("give-the-top-score", "ru", "grader", ("максимальн", "наивысш", "высш", "высок", "лучш", "полн"),
      r"(?:поставь(?:те)?|дай(?:те)?|выстави(?:те)?|присвой(?:те)?|оцени(?:те)?)\s*(?:(?:этому\s*ответу|этому\s*кандидату|"
      r"мне|ему|ей|ответу|каждому\s*критерию|всем\s*критериям|на|пожалуйста|этот\s*ответ)\s*){0,3}(?:самую\s*|самый\s*)?"
      r"(?:максимальн\w*|наивысш\w*|высш\w*|высок\w*|лучш\w*|полн\w*)\s*(?:балл\w*|оценк\w*|уров\w*|отметк\w*)",
      view="native")
_rule("ignore-previous-instructions", "zh", "override", ("忽", "无视", "無視", "不要理", "忘", "跳过", "跳過", "抛开",
                                                          "拋開"),
      r"(?:忽略|忽视|忽視|无视|無視|不要理会|不要理會|不要理睬|忘记|忘記|忘掉|跳过|跳過|抛开|拋開)(?:掉)?"
      r"(?:你的|您的|所有|全部|一切|以上|上面|之前|先前|前面|此前|上述|原来|原來|原有|系统|系統|的|\s){0,6}"
      r"(?:指令|指示|说明|說明|规则|規則|提示词|提示詞|提示|要求|命令|评分标准|評分標準)", view="native", mentionable=True)
_rule("give-the-top-score", "zh", "grader", ("最高", "满分", "滿分"),
      r"(?:给|給|打|评|評|判)(?:这个|這個|该|該|此|我|这份|這份|这道题的|這道題的|\s){0,3}(?:回答|答案|候选人|候選人|应聘者|"
      r"應聘者|答复|答覆)?(?:打|评|評|给|給|一个|一個|为|為|出|\s){0,3}(?:最高分|满分|滿分|最高等级|最高等級|最高级别|"
      r"最高級別|最高的?分数|最高的?分數|最高评分|最高評分|最高级|最高級|最高档|最高檔)|"
      r"(?:所有|每个|每個|全部)(?:的)?(?:标准|標準|指标|指標|维度|維度|项|項|评分项|評分項)(?:都)?(?:给|給|打|评为|評為)?"
      r"(?:最高分|满分|滿分|最高等级|最高等級)", view="native")
_rule("ignore-previous-instructions", "ja", "override", ("無視", "忘れ", "破棄"),
      r"(?:これまで|以前|前|上記|上|先|先ほど|既存|元|システム|全て|すべて)の(?:全て|すべて)?の?(?:指示|命令|指令|ルール|"
      r"インストラクション|プロンプト|採点基準|ルーブリック)(?:を|は)?(?:全て|すべて)?(?:無視|忘れ|破棄)|"
      r"(?:指示|命令|指令|ルール|採点基準)を(?:全て|すべて)?(?:無視|忘れ)(?:て|し|ろ|なさい)",
      view="native", mentionable=True)
_rule("give-the-top-score", "ja", "grader", ("最高", "満点", "最大"),
      r"(?:最高|満点|最高点|最高評価|最高レベル|最大|最高の?スコア|最高の?評価|最高の?点数?|最高の?レベル)(?:を|で|に)"
      r"(?:つけ|付け|与え|あたえ|ください|下さい|くれ|評価|採点|出し|お願い|し)", view="native")
