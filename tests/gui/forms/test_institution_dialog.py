"""The partner-institution dialog: edit details, refusals beside the field, delete."""

from __future__ import annotations

import formtools
from formtools import COUNSELOR, COUNSELOR_PASS, TEACHER, TEACHER_PASS, click
from PySide6.QtWidgets import QMessageBox

from sxcounsel.gui.forms.institution_dialog import InstitutionDialog
from sxcounsel.services import institutions

ctx_of = formtools.ctx_of  # the fixture
kids = formtools.kids  # the fixture


def test_a_counselor_edits_and_deletes_an_institution(qtbot, ctx_of):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    hospital = institutions.create_institution(
        ctx.session, institutions.Institution(name="富平县医院", department="心理科")
    )
    institutions.create_institution(
        ctx.session, institutions.Institution(name="渭南市精神卫生中心")
    )
    dialog = InstitutionDialog(ctx.session, hospital.id)
    qtbot.addWidget(dialog)
    dialog.show()
    changed = []
    dialog.changed.connect(changed.append)
    dialog.edits["phone"].setText("0913-8211234")
    click(qtbot, dialog.save_button)
    assert institutions.get_institution(ctx.session, hospital.id).phone == "0913-8211234"
    assert len(changed) == 1 and changed[0].phone == "0913-8211234"

    dialog.edits["name"].setText("渭南市精神卫生中心")
    dialog.edits["department"].setText("")
    click(qtbot, dialog.save_button)
    assert dialog.errors["name"].isVisible() and dialog.errors["name"].text()  # a duplicate
    assert institutions.get_institution(ctx.session, hospital.id).name == "富平县医院"

    deleted = []
    dialog.deleted.connect(deleted.append)
    click(qtbot, dialog.delete_button)
    box = dialog.findChild(QMessageBox, "confirmDeleteInstitution")
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert deleted == [hospital.id]
    assert [i.name for i in institutions.list_institutions(ctx.session)] == ["渭南市精神卫生中心"]


def test_a_head_teacher_only_reads_it(qtbot, ctx_of):
    counselor = ctx_of(COUNSELOR, COUNSELOR_PASS)
    hospital = institutions.create_institution(
        counselor.session, institutions.Institution(name="富平县医院")
    )
    ctx = ctx_of(TEACHER, TEACHER_PASS)
    dialog = InstitutionDialog(ctx.session, hospital.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.edits["name"].isReadOnly()
    assert not dialog.save_button.isVisible() and not dialog.delete_button.isVisible()


def test_the_referral_form_edits_the_chosen_institution(qtbot, ctx_of, kids):
    ctx = ctx_of(COUNSELOR, COUNSELOR_PASS)
    hospital = institutions.create_institution(
        ctx.session, institutions.Institution(name="富平县医院", department="心理科")
    )
    form = ctx.open_record("referral", student_id=kids["张小明"])
    assert form.edit_institution() is None  # nothing chosen yet: no dialog
    form.field("institution_id").set_value(hospital.id)
    click(qtbot, form.field("new_institution").edit_button)
    dialog = form.findChild(InstitutionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.edits["department"].setText("精神科")
    click(qtbot, dialog.save_button)
    combo = form.field("institution_id").widget
    assert combo.currentText() == "富平县医院 精神科"
    assert institutions.get_institution(ctx.session, hospital.id).department == "精神科"
