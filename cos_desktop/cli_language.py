"""The command line in the chosen language: argparse's own words (usage, errors, the -h help)
go through translate() like ours, so `cos-desktop --language es --help` is Spanish throughout."""

from __future__ import annotations

import argparse
import os

from cos_desktop.core.translation import QT_TRANSLATE_NOOP, translate

# argparse's texts that a facilitator meets (Python 3.11+); marked here so they are extracted.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_text(text: str) -> str:
    return translate("Argparse", text) or text


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return _argparse_text(singular if n == 1 else plural)


def choose_language(argv: list[str]) -> None:
    """--language is read before the parser is built, so its help is in that language too; dates
    printed by commands follow the language as well."""
    from cos_desktop.core import local_formats
    from cos_desktop.ui import language

    for i, arg in enumerate(argv):  # passed on to the app's window too, through the environment
        if arg.startswith("--language="):
            os.environ[language.LANGUAGE_VARIABLE] = arg.split("=", 1)[1]
        elif arg == "--language" and i + 1 < len(argv):
            os.environ[language.LANGUAGE_VARIABLE] = argv[i + 1]

    choice = language.install_for_command_line()
    argparse._ = _argparse_text  # argparse looks its words up through this name when it uses them
    argparse.ngettext = _argparse_plural
    if choice.code != "en":
        system = local_formats.locale()
        if system.language != choice.code:
            name = f"{choice.code}_{system.territory}" if system.territory else choice.code
            local_formats.follow(lambda: name)
