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

plan-van-aanpak-heading-support = How we help you
plan-van-aanpak-support-intensive = You get a lot of guidance. We and the other organisations help you step by step. We explain everything. If needed, we go with you. For example to the bank or to the GP.
plan-van-aanpak-support-light = You get the information you need. After that, you arrange most things yourself. Is something not working out? Then ask us for help.
# Must match col-who ("Who") and partner-resident ("You") in common.ftl.
plan-van-aanpak-how-to-read = Below you can see, for each topic, what has to happen, who does it and when it must be done. Does it say “You” in the column Who? Then you do it yourself.

plan-van-aanpak-domain-housing = Housing
plan-van-aanpak-domain-income = Money and income
plan-van-aanpak-domain-language = Language and integration
plan-van-aanpak-domain-work = Work
plan-van-aanpak-domain-health = Health
plan-van-aanpak-domain-children = Children and school
plan-van-aanpak-situation = Your situation:
plan-van-aanpak-no-actions = Nobody has to do anything for this at the moment.

plan-van-aanpak-heading-contacts = Who can you call?
plan-van-aanpak-contacts-intro = Do you have a question about a part of the plan? Then call the organisation that does it.
plan-van-aanpak-col-organisation = Organisation
plan-van-aanpak-col-name = Name

plan-van-aanpak-heading-review = When do we talk about the plan again?
plan-van-aanpak-review = On { $date } we will discuss the plan with you again. We will look at what is going well and what is still needed. If needed, we will change the plan. You will get an invitation for this.
plan-van-aanpak-check = Is something in this plan not right? Or is something changing in your life? Then call { $name }: { $phone }.
