### Machine draft, not reviewed by a qualified translator (see locale.toml).

plan-van-aanpak-subject = Your action plan

plan-van-aanpak-intro = On { $date } we made a plan together with you. The goal: that you can arrange your own life in the Netherlands as soon as possible. This letter contains the whole plan.
plan-van-aanpak-participants = These organisations also helped to make the plan:
plan-van-aanpak-one-plan = We work together. That is why you get one plan from all of us, and not a separate plan from each organisation.

plan-van-aanpak-household = This plan is for your whole household: { $adults } and { $children }.
# English (CLDR): one, other.
plan-van-aanpak-adults = { $count ->
    [one] { $count } adult
   *[other] { $count } adults
}
plan-van-aanpak-children = { $count ->
    [0] no children
    [one] { $count } child
   *[other] { $count } children
}

plan-van-aanpak-heading-pip = This plan and your civic integration
plan-van-aanpak-not-a-decision = This action plan is not a decision.
plan-van-aanpak-pip-set = For your { -inburgering } you also have a { -pip }. We took a decision on it on { $date }. This plan belongs with your PIP, but does not replace it. Your obligations for the { -inburgering } are in the PIP.
plan-van-aanpak-pip-planned = For your { -inburgering } we will also make a { -pip }. We will do that after the { -brede-intake } and the learnability test. You will get a decision on the PIP. If you do not agree with it, you can object (bezwaar maken). That means you ask us to look at the decision again. After that we will adjust this plan.
plan-van-aanpak-route-b1 = Your learning route is the B1 route. You learn Dutch up to level B1, and besides that you take part in society, for example through work.
plan-van-aanpak-route-education = Your learning route is the education route. You learn Dutch so that you can then follow a course of study in Dutch.
plan-van-aanpak-route-z = Your learning route is the Z route (self-reliance route). You learn Dutch at your own level and you take part in society.

plan-van-aanpak-heading-support = How we help you
plan-van-aanpak-support-intensive = You get a lot of guidance. We and the other organisations help you step by step. We explain everything. If needed, we go with you. For example to the bank or to the GP.
plan-van-aanpak-support-light = You get the information you need. After that, you arrange most things yourself. If something does not work out, ask us for help.
# Must match col-who ("Who") and partner-resident ("You") in common.ftl.
plan-van-aanpak-how-to-read = Below you see a table for each topic: what happens, who does it and when it is done. If it says “You” in the column Who, you do it yourself.

plan-van-aanpak-domain-housing = Housing
plan-van-aanpak-domain-income = Money and income
plan-van-aanpak-domain-language = Language and integration
plan-van-aanpak-domain-work = Work
plan-van-aanpak-domain-health = Health
plan-van-aanpak-domain-children = Children and school
plan-van-aanpak-situation = Your situation:
plan-van-aanpak-no-actions = Nobody has to do anything for this at the moment.

plan-van-aanpak-heading-contacts = Who can you call?
plan-van-aanpak-contacts-intro = If you have a question about a part of the plan, call the organisation that does it.
plan-van-aanpak-col-organisation = Organisation
plan-van-aanpak-col-name = Name

plan-van-aanpak-heading-privacy = Your data
plan-van-aanpak-consent = On { $date } you gave us permission to share data about you with:
plan-van-aanpak-consent-scope = We only share the data these organisations need for this plan. You may withdraw your permission at any time. To do so, call { $name } on { $phone }.
plan-van-aanpak-no-consent = We only share data about you with the organisations in this plan if you give permission for it, or if the law provides for it.

plan-van-aanpak-heading-review = When do we talk about the plan again?
plan-van-aanpak-review = On { $date } we will discuss the plan with you again. We will look at what is going well and what is still needed. If needed, we will change the plan. You will get an invitation for this.
plan-van-aanpak-check = If something in this plan is not right, or if something changes in your life, call { $name } on { $phone }.
