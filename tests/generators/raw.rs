//! Situations as links give them (any answer missing, every value in the accepted range) and
//! anything at all: the engine answers both without a panic.

use super::*;

/// Situations as the link decoder can produce them (every value in its accepted range, any answer
/// missing): what a shared link or a half-filled form gives the engine.
pub fn decodable_situation() -> BoxedStrategy<Situation> {
    let who = (
        proptest::option::of(pick(Specialty::ALL)),
        proptest::option::of(pick(Sector::ALL)),
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(pick(Band::ALL)),
        proptest::option::of(pick(Quotity::ALL)),
        proptest::option::of(signature()),
        proptest::option::of(clinical_share()),
        proptest::option::of(18u8..=110),
    );
    let flags = (
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
    );
    let cost = (
        proptest::option::of(
            (1i64..=2_000_000).prop_map(|cents| Decimal::new(cents, 2).normalize()),
        ),
        proptest::option::of(
            (0i64..=1000).prop_map(|tenths| Percent::points(Decimal::new(tenths, 1))),
        ),
    );
    // The collective answers make a situation collective: present in about one draw in five.
    let collective = prop_oneof![
        4 => Just((None, None, None)),
        1 => (
            proptest::option::of(1..=MAX_MEMBERS),
            proptest::option::of((1..=MAX_MEMBERS * 2).prop_map(HalfFte)),
            proptest::option::of(0..=MAX_MEMBERS),
        ),
    ];
    let more = (
        proptest::option::of(signature()),
        collective,
        proptest::option::of(count()),
        proptest::option::of(count()),
    );
    let running = (
        proptest::option::of(any::<bool>()),
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(signature()),
        proptest::option::of(signature()),
    );
    (who, flags, more, cost, running)
        .prop_map(|(who, flags, more, cost, running)| Situation {
            specialty: who.0,
            sector: who.1,
            pmt: who.2,
            fa: who.3,
            stated_band: who.4,
            quotity: who.5,
            signature: who.6,
            clinical_share: who.7,
            age: who.8,
            newly_installed: flags.0,
            in_zip: flags.1,
            in_zac: flags.2,
            group_practice: flags.3,
            coordinated_practice: flags.4,
            objectives_met: flags.5,
            disability: flags.6,
            mixed_activity: flags.7,
            many_children: flags.8,
            training_site: flags.9,
            first_contract_signed: more.0,
            collective_members: more.1 .0,
            collective_fte: more.1 .1,
            junior_hosts: more.1 .2,
            pmt_year3: more.2,
            fa_year3: more.3,
            monthly_salary: cost.0,
            employer_charges: cost.1,
            tracking: running.0,
            contract_target_pmt: running.1,
            contract_target_fa: running.2,
            pmt_today: running.3,
            fa_today: running.4,
            counts_read_on: running.5,
            hired_on: running.6,
        })
        .boxed()
}

/// Anything at all, far outside the link's ranges: the engine must still answer.
pub fn any_situation() -> BoxedStrategy<Situation> {
    (
        prop_oneof![decodable_situation(), answered()],
        any::<[Option<u32>; 7]>(),
        proptest::option::of(any::<u8>()),
        proptest::option::of(date_between(1900, 2199)),
    )
        .prop_map(|(mut situation, counts, age, far_date)| {
            situation.pmt = counts[0].or(situation.pmt);
            situation.fa = counts[1].or(situation.fa);
            situation.pmt_year3 = counts[2].or(situation.pmt_year3);
            situation.fa_year3 = counts[3].or(situation.fa_year3);
            situation.collective_members = counts[4].or(situation.collective_members);
            situation.collective_fte = counts[5].map(HalfFte).or(situation.collective_fte);
            situation.junior_hosts = counts[6].or(situation.junior_hosts);
            situation.age = age.or(situation.age);
            situation.signature = far_date.or(situation.signature);
            situation
        })
        .boxed()
}
