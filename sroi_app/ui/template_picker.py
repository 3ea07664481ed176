"""The template picker: a worked effect chain from Dutch practice, inserted in one step.

Opened from the Effects page ("From a template…") and from Tools > Insert
effect-chain template. The user picks a template (``resources/templates.json``)
and sees its chains, formulas, proxies and sources; chooses the alternative;
lets an area-type preset (and, for all residents, a target group) fill the
population inputs, or a region's own CBS figures (Kerncijfers wijken en
buurten, fetched online or imported from a StatLine CSV; ``widgets/region.py``);
edits any input and sees each effect's derived quantity
follow; maps each beneficiary kind to a stakeholder of the scenario or a new
one. Insert is ONE undoable edit that adds the complete effects, their PM
posts and any new stakeholders (``sroi_app.app.library_use.add_template``).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app import commands, library_use
from sroi_app.app.templates import PREFILLABLE
from sroi_app.domain.area_presets import PresetBook
from sroi_app.domain.derivation import FormulaError, evaluate, readable_formula
from sroi_app.domain.effect_templates import EffectTemplate, TemplateSet
from sroi_app.domain.formatting import format_percent
from sroi_app.domain.proxy_library import ProxyLibrary
from sroi_app.io.area_presets import default_presets
from sroi_app.io.proxies import default_library
from sroi_app.io.templates import default_templates
from sroi_app.ui.i18n import current_lang, issue_text, stakeholder_kind_names, translate
from sroi_app.ui.library_browser import effects_target
from sroi_app.ui.models.library_models import TemplateInputsModel, format_plain, money
from sroi_app.ui.widgets.region import RegionFiguresBox
from sroi_app.ui.widgets.split import splitter
from sroi_app.ui.widgets.tables import editable_table, fit_to_contents

if TYPE_CHECKING:
    from sroi_app.ui.mainwindow import MainWindow

NEW = "\x00new"  # combo-box data: make a new stakeholder of this kind


class TemplatePicker(QDialog):
    def __init__(
        self,
        window: MainWindow,
        templates: TemplateSet | None = None,
        library: ProxyLibrary | None = None,
        presets: PresetBook | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("templatePicker")
        self.window_ = window
        self.controller = window.controller
        self.templates = templates or default_templates()
        self.library = library or default_library()
        self.presets = presets or default_presets()
        self.setWindowTitle(translate("Templates", "Insert an effect-chain template"))
        self.resize(1320, 860)
        lang = current_lang()

        self.list = QListWidget()
        self.list.setObjectName("templateList")
        for template in self.templates.templates:
            item = QListWidgetItem(template.name(lang))
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(template.description(lang))
            self.list.addItem(item)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.about = QTextBrowser()
        self.about.setObjectName("templateAbout")
        self.about.setOpenExternalLinks(True)

        scenario = self.controller.scenario
        self.alternative = QComboBox()
        for i, alt in enumerate(scenario.alternatives):
            suffix = translate("Pages", " (nulalternatief)") if alt.reference else ""
            self.alternative.addItem((alt.name or alt.id) + suffix, i)
        shown, _row = effects_target(window)
        variants = [i for i, a in enumerate(scenario.alternatives) if not a.reference]
        default = shown if 0 <= shown < len(scenario.alternatives) else (variants or [0])[0]
        self.alternative.setCurrentIndex(default)
        self.area = QComboBox()
        self.area.addItem(translate("Templates", "— none (template defaults) —"), None)
        for area in self.presets.area_types:
            self.area.addItem(area.name(lang), area.id)
        if scenario.area_type is not None:
            self.area.setCurrentIndex(max(0, self.area.findData(scenario.area_type)))
        self.group = QComboBox()
        self.group.addItem(translate("Templates", "all residents"), None)
        for group in self.presets.target_groups:
            self.group.addItem(group.name(lang), group.id)
        self.group.setToolTip(
            translate(
                "Templates",
                "A target group narrows the input for all residents to that group"
                " (population × the group's share). Age-band inputs are filled from the area"
                " type.",
            )
        )
        where = QFormLayout()
        where.addRow(translate("Templates", "Insert into alternative"), self.alternative)
        where.addRow(translate("Templates", "Area type (fills the populations)"), self.area)
        where.addRow(translate("Templates", "Target group"), self.group)
        self.region = RegionFiguresBox()
        self.region.setToolTip(
            translate(
                "Templates",
                "CBS Kerncijfers wijken en buurten of a gemeente, wijk or buurt: its inhabitants"
                " and 65-plussers replace the area type's typical population.",
            )
        )
        where.addRow(translate("Templates", "Local figures (CBS)"), self.region)

        self.inputs = TemplateInputsModel(self)
        self.inputs_view = editable_table(self.inputs)

        self.effects = QListWidget()
        self.effects.setObjectName("templateEffects")
        self.effects.itemChanged.connect(lambda _item: self._effects_chosen())
        self.effects.setMaximumHeight(110)
        self.mapping_box = QGroupBox(translate("Templates", "Who receives the effects"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        self.with_pm = QCheckBox(translate("Templates", "Also add the template's PM posts"))
        self.with_pm.setChecked(True)
        self.with_pm.toggled.connect(lambda _on: self._build_mapping())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8a3b00;")

        effects_box = QGroupBox(translate("Templates", "Effects to insert (derived quantity)"))
        effects_layout = QVBoxLayout(effects_box)
        effects_layout.addWidget(self.effects)
        effects_layout.addWidget(self.with_pm)
        lower = QHBoxLayout()
        lower.addWidget(effects_box, 3, Qt.AlignmentFlag.AlignTop)
        lower.addWidget(self.mapping_box, 2, Qt.AlignmentFlag.AlignTop)

        inputs_box = QGroupBox(translate("Templates", "Inputs (double-click a value to change it)"))
        inputs_layout = QVBoxLayout(inputs_box)
        inputs_layout.addLayout(where)
        inputs_layout.addWidget(self.inputs_view, 1)
        inputs_layout.addLayout(lower)

        right = splitter(
            Qt.Orientation.Vertical, self.about, inputs_box, stretch=(2, 3), sizes=(330, 500)
        )
        split = splitter(Qt.Orientation.Horizontal, self.list, right, sizes=(300, 1020))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.insert_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.insert_button.setText(translate("Templates", "Insert"))
        self.buttons.accepted.connect(self.insert)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(lambda _row: self._template_changed())
        self.area.currentIndexChanged.connect(lambda _i: self.apply_presets())
        self.group.currentIndexChanged.connect(lambda _i: self.apply_presets())
        self.region.figuresChanged.connect(lambda _f: self.apply_presets())
        self.inputs.valuesChanged.connect(self._update_quantities)
        self.list.setCurrentRow(0)

    # -- the chosen template ----------------------------------------------------------------------

    def template(self) -> EffectTemplate | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.templates.get(str(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, template_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(row)
                return
        raise KeyError(template_id)

    def _template_changed(self) -> None:
        template = self.template()
        self.inputs.set_template(template)
        self.about.setHtml(self.about_html(template) if template is not None else "")
        self.effects.blockSignals(True)
        self.effects.clear()
        if template is not None:
            for effect in template.effects:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, effect.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip(_formula(template, effect.formula))
                self.effects.addItem(item)
        self.effects.blockSignals(False)
        has_residents = template is not None and any(i.name == "residents" for i in template.inputs)
        self.group.setEnabled(has_residents)
        self.apply_presets()
        self._build_mapping()
        self._fit_inputs()

    def _fit_inputs(self) -> None:
        fit_to_contents(self.inputs_view, range(self.inputs.columnCount() - 1), 12, 300)

    def apply_presets(self) -> None:
        """Fill the population inputs from the chosen area type (and target group)."""
        template = self.template()
        if template is None:
            return
        defaults = {i.name: i.value for i in template.inputs if i.name in PREFILLABLE}
        self.inputs.set_values(defaults, {})
        for name in defaults:
            self.inputs.notes.pop(name, None)
        area = self.area.currentData()
        group = self.group.currentData() if self.group.isEnabled() else None
        if area is not None:
            found = library_use.prefill(template, self.presets, area, group, current_lang())
            self.inputs.set_values(
                {k: v.value for k, v in found.items()}, {k: v.note for k, v in found.items()}
            )
        figures = self.region.figures
        if figures is not None:  # the region's own figures before the area type's typical ones
            found = library_use.prefill_from_region(
                template, figures, group, self.presets, area, current_lang()
            )
            self.inputs.set_values(
                {k: v.value for k, v in found.items()}, {k: v.note for k, v in found.items()}
            )
        self._fit_inputs()

    def quantities(self) -> dict[str, float | None]:
        """Each effect's quantity with the current inputs (None when the formula fails)."""
        template = self.template()
        found: dict[str, float | None] = {}
        for effect in template.effects if template is not None else ():
            try:
                found[effect.key] = evaluate(effect.formula, self.inputs.values)
            except FormulaError:
                found[effect.key] = None
        return found

    def _update_quantities(self) -> None:
        template = self.template()
        if template is None:
            return
        lang = current_lang()
        quantities = self.quantities()
        self.effects.blockSignals(True)
        for row, effect in enumerate(template.effects):
            value = quantities[effect.key]
            shown = format_plain(value, lang) if value is not None else "?"
            self.effects.item(row).setText(
                f"{effect.name_nl if lang == 'nl' else effect.name_en}:  {shown} "
                f"{effect.unit_nl if lang == 'nl' else effect.unit_en}"
            )
        self.effects.blockSignals(False)
        self._update_insert()

    def effect_keys(self) -> list[str]:
        return [
            str(self.effects.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.effects.count())
            if self.effects.item(r).checkState() == Qt.CheckState.Checked
        ]

    def _effects_chosen(self) -> None:
        self._build_mapping()
        self._update_insert()

    def _update_insert(self) -> None:
        failing = [k for k, v in self.quantities().items() if v is None and k in self.effect_keys()]
        if not self.effect_keys():
            self.problem.setText(translate("Templates", "Choose at least one effect."))
        elif failing:
            self.problem.setText(
                translate(
                    "Templates",
                    "A formula cannot be computed with these inputs (division by zero?).",
                )
            )
        else:
            self.problem.setText("")
        self.insert_button.setEnabled(bool(self.effect_keys()) and not failing)

    # -- stakeholders -----------------------------------------------------------------------------

    def _build_mapping(self) -> None:
        previous = {kind: combo.currentData() for kind, combo in self.mapping.items()}
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping = {}
        template = self.template()
        if template is None:
            return
        scenario = self.controller.scenario
        names = stakeholder_kind_names()
        kinds = library_use.template_kinds(template, self.with_pm.isChecked(), self.effect_keys())
        for kind in kinds:
            combo = QComboBox()
            for stakeholder in scenario.stakeholders:
                combo.addItem(stakeholder.name or stakeholder.id, stakeholder.id)
            new_name = library_use.new_stakeholder_name(kind, current_lang())
            combo.addItem(translate("Templates", "New: {name}").format(name=new_name), NEW)
            choice = previous.get(kind) or library_use.beneficiary_for(scenario, kind) or NEW
            combo.setCurrentIndex(max(0, combo.findData(choice)))
            self.mapping[kind] = combo
            self.mapping_form.addRow(names.get(kind, kind), combo)

    def stakeholder_choices(self) -> tuple[dict[str, str], list[str]]:
        """The kinds mapped to existing stakeholders, and the kinds that get a new one."""
        mapped: dict[str, str] = {}
        new: list[str] = []
        for kind, combo in self.mapping.items():
            value = combo.currentData()
            if value == NEW:
                new.append(kind)
            else:
                mapped[kind] = str(value)
        return mapped, new

    # -- what the template says -------------------------------------------------------------------

    def about_html(self, template: EffectTemplate) -> str:
        lang = current_lang()
        e = html.escape
        parts = [f"<h3>{e(template.name(lang))}</h3>", f"<p>{e(template.description(lang))}</p>"]
        areas = ", ".join(
            self.presets.area(a).name(lang)
            for a in template.area_types
            if a in {p.id for p in self.presets.area_types}
        )
        groups = ", ".join(self.presets.group(g).name(lang) for g in template.target_groups)
        if areas or groups:
            parts.append(
                "<p><i>"
                + e(translate("Templates", "Suits: {areas}").format(areas=areas or "\u2013"))
                + (
                    "; "
                    + e(translate("Templates", "target groups: {groups}").format(groups=groups))
                    if groups
                    else ""
                )
                + "</i></p>"
            )
        for effect in template.effects:
            proxy = self.library.get(effect.proxy_id)
            chain = effect.chain_nl if lang == "nl" else effect.chain_en
            sign = (
                " " + translate("Templates", "(negative: the value counts as a cost)")
                if effect.proxy_sign == -1
                else ""
            )
            corrections = translate(
                "Templates",
                "deadweight {dw}, displacement {dp}, attribution {at}, drop-off {do};"
                " from year {first} for {years} years, ramp-up {ramp} years",
            ).format(
                dw=format_percent(effect.deadweight, lang, 0),
                dp=format_percent(effect.displacement, lang, 0),
                at=format_percent(effect.attribution, lang, 0),
                do=format_percent(effect.drop_off, lang, 0),
                first=effect.first_year,
                years=effect.duration_years,
                ramp=effect.ramp_up_years,
            )
            rows = [
                (translate("Templates", "Chain"), e(" \u2192 ".join(chain))),
                (
                    translate("Templates", "Indicator"),
                    e(effect.indicator_nl if lang == "nl" else effect.indicator_en),
                ),
                (translate("Templates", "Quantity"), e(_formula(template, effect.formula))),
                (
                    translate("Templates", "Proxy"),
                    e(
                        translate("Templates", "{name}: {value} per {unit} ({year} prices)").format(
                            name=proxy.name(lang),
                            value=money(proxy.value, lang),
                            unit=proxy.unit(lang),
                            year=proxy.price_year,
                        )
                    )
                    + e(sign),
                ),
                (translate("Templates", "Proxy source"), e(proxy.citation(lang))),
                (translate("Templates", "Corrections"), e(corrections)),
                (translate("Templates", "Evidence"), e(effect.evidence)),
            ]
            body = "".join(
                f'<tr><td valign="top"><b>{k}</b></td><td>{v}</td></tr>' for k, v in rows
            )
            name = effect.name_nl if lang == "nl" else effect.name_en
            parts.append(f"<h4>{e(name)}</h4><table cellpadding='2'>{body}</table>")
        if template.pm_items:
            items = "".join(
                f"<li>{e(p.sign)} {e(p.name_nl if lang == 'nl' else p.name_en)}</li>"
                for p in template.pm_items
            )
            parts.append(f"<h4>{e(translate('Templates', 'PM posts'))}</h4><ul>{items}</ul>")
        return "".join(parts)

    # -- inserting --------------------------------------------------------------------------------

    def insert(self) -> bool:
        """Add the chosen effects (and PM posts, new stakeholders) as ONE undoable edit."""
        template = self.template()
        alternative = self.alternative.currentData()
        if template is None or alternative is None:
            return False
        mapped, new = self.stakeholder_choices()
        lang = current_lang()
        before = len(self.controller.scenario.alternatives[alternative].effects)
        issues = self.controller.attempt(
            commands.build,
            "insert",
            f"alternatives[{alternative}].effects",
            library_use.add_template,
            int(alternative),
            template,
            self.library,
            inputs=self.inputs.changed_values(),
            input_notes=self.inputs.changed_notes(),
            stakeholder_map=mapped,
            new_kinds=new,
            effect_keys=self.effect_keys(),
            with_pm_items=self.with_pm.isChecked(),
            lang=lang,
            cpi=self.controller.document.cpi,
            params={
                "undo_text": translate("Templates", "Insert template “{name}”").format(
                    name=template.name(lang)
                )
            },
        )
        if issues:
            scenario = self.controller.scenario
            self.problem.setText("\n".join(issue_text(i, scenario) for i in issues[:3]))
            return False
        window = self.window_
        page: QWidget = window.show_page("effects")
        selector = getattr(page, "selector", None)
        if selector is not None:
            selector.select(self.controller.scenario.alternatives[alternative].id)
        editor = getattr(page, "editor", None)
        if editor is not None:
            editor.select_row(before)
        window.statusBar().showMessage(
            translate("Templates", "Template inserted: {name}").format(name=template.name(lang)),
            8000,
        )
        self.accept()
        return True


def open_template_picker(window: MainWindow) -> TemplatePicker:
    picker = TemplatePicker(window)
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.open()
    return picker


def _formula(template: EffectTemplate, formula: str) -> str:
    """The formula with the inputs' labels in the interface language, not their names."""
    lang = current_lang()
    labels = {i.name: i.label_nl if lang == "nl" else i.label_en for i in template.inputs}
    return readable_formula(formula, labels)
