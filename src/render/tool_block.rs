//! The blocks the app asks of its worker (src/bin/outils.rs), each HTML computed from the share link of
//! a simulation: the result's details (conditions, answers, the year table and charts, the
//! objective, the sources) and the four tools beyond the official simulator. The worker is fetched
//! once the answer is on screen: the first visit does not carry their code (about 17 KB of the
//! WebAssembly). The app sends a request and shows the reply; both are plain text, read and written
//! here.

use super::report::Report;
use super::{contract, contract_form, results, tool_fields, tools};
use crate::date::Date;
use crate::rules::{calendar, compare, cost, evaluate};
use crate::situation::link::decode;
use crate::situation::Situation;

/// What goes beyond the official simulator, each on its own screen, from the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Compare,
    Cost,
    Calendar,
    WhatIf,
}

impl Tool {
    pub const ALL: [Tool; 4] = [Tool::Compare, Tool::Cost, Tool::Calendar, Tool::WhatIf];

    /// A short French name: the screen's code in the history, and the tool's name in a request.
    pub fn code(self) -> &'static str {
        match self {
            Tool::Compare => "comparer",
            Tool::Cost => "cout",
            Tool::Calendar => "calendrier",
            Tool::WhatIf => "et-si",
        }
    }

    pub fn from_code(code: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|tool| tool.code() == code)
    }

    /// The tool's name: its screen's heading, and its button under the result.
    pub fn title(self) -> &'static str {
        match self {
            Tool::Compare => "Comparer les options",
            Tool::Cost => "Coût net de l'assistant",
            Tool::Calendar => "Calendrier des versements",
            Tool::WhatIf => "Et si… en 3e année",
        }
    }
}

/// What the worker writes: the result's details, or a tool's block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    Details,
    Tool(Tool),
    /// Where a running contract stands, on the day of the request.
    Contract,
    /// The running contract's written fields (`contract_form`).
    ContractForm,
    /// A tool's introduction and written fields (`tool_fields`).
    ToolFields(Tool),
}

impl Block {
    /// Written fields: written again only when the answers are replaced as a whole, never under
    /// the doctor's fingers.
    pub fn has_fields(self) -> bool {
        matches!(self, Block::ContractForm | Block::ToolFields(_))
    }

    /// The block's name in a request.
    pub fn code(self) -> String {
        match self {
            Block::Details => "details".to_string(),
            Block::Contract => "suivi".to_string(),
            Block::ContractForm => "mon-contrat".to_string(),
            Block::Tool(tool) => tool.code().to_string(),
            Block::ToolFields(tool) => format!("champs-{}", tool.code()),
        }
    }

    pub fn from_code(code: &str) -> Option<Block> {
        match code {
            "details" => Some(Block::Details),
            "suivi" => Some(Block::Contract),
            "mon-contrat" => Some(Block::ContractForm),
            _ => match code.strip_prefix("champs-") {
                Some(tool) => Tool::from_code(tool).map(Block::ToolFields),
                None => Tool::from_code(code).map(Block::Tool),
            },
        }
    }
}

/// A block for a situation on a day, with « Signaler une erreur » links when a report is given.
pub fn block(block: Block, situation: &Situation, today: Date, report: Option<&Report>) -> String {
    match block {
        Block::Details => results::details(&evaluate(situation), situation, today, report),
        Block::Contract => contract::view(situation, today, report),
        Block::ContractForm => contract_form::form(situation),
        Block::ToolFields(tool) => tool_fields::top(tool, situation, &evaluate(situation)),
        Block::Tool(tool) => tool_block(tool, situation, report),
    }
}

fn tool_block(tool: Tool, situation: &Situation, report: Option<&Report>) -> String {
    let outcome = evaluate(situation);
    let scenario = outcome.primary();
    match tool {
        Tool::Compare => tools::compare(&compare::options(situation), situation),
        Tool::Cost => {
            let net = scenario.and_then(|scenario| match situation.collective_fte {
                Some(fte) if situation.is_collective() => {
                    cost::group_net_cost(situation, fte, &scenario.aid)
                }
                _ => cost::net_cost(situation, situation.quotity?, &scenario.aid),
            });
            tools::cost(net.as_ref(), report)
        }
        Tool::Calendar => {
            let payments = match (outcome.version, situation.signature, scenario) {
                (Some(version), Some(signature), Some(scenario)) => {
                    calendar::payments(signature, version, &scenario.aid)
                }
                _ => Vec::new(),
            };
            tools::calendar(&payments, report)
        }
        Tool::WhatIf => match scenario.and_then(|s| Some((s, s.aid.years().get(2)?))) {
            Some((scenario, year3)) => {
                tools::what_if(&scenario.objective, year3, situation, report)
            }
            None => {
                "<p class=\"hint\" data-testid=\"what-if\">L'aide de 3e année se calcule une fois \
                     l'option et la date choisies.</p>"
                    .to_string()
            }
        },
    }
}

/// What the worker says once it listens: requests sent before would be lost.
pub const READY: &str = "pret";

/// What the worker's loader says when its WebAssembly could not load (written in
/// public/outils-loader.js): the page then says the details are unavailable.
pub const FAILED: &str = "indisponible";

/// A request: its number, the block, the day on the device, the contact for error reports (may be
/// empty) and the share link of the simulation, one per line.
pub fn request(number: u32, block: Block, today: Date, contact: &str, share_link: &str) -> String {
    let contact = contact.replace(['\n', '\r'], " ");
    format!(
        "{number}\n{}\n{}\n{contact}\n{share_link}",
        block.code(),
        today.iso()
    )
}

/// The reply to a request: its number, a new line, then the block. A request that cannot be read
/// gets a French message instead of a block, never an error.
pub fn reply(request: &str) -> String {
    let mut lines = request.splitn(5, '\n');
    let number = lines.next().unwrap_or_default();
    let wanted = lines.next().and_then(Block::from_code);
    let today = lines.next().and_then(Date::parse_iso);
    let contact = lines.next().unwrap_or_default();
    let link = lines.next().unwrap_or_default();
    let decoded = link.split_once('#').map(|(_, fragment)| decode(fragment));
    let html = match (wanted, today, decoded) {
        (Some(wanted), Some(today), Some(Ok(decoded))) => {
            let report = Report { contact, link };
            let report = (!contact.is_empty()).then_some(&report);
            block(wanted, &decoded.situation, today, report)
        }
        _ => "<p class=\"notice warning\">Cet outil n'a pas pu lire la simulation : revenez au \
              résultat et rouvrez-le.</p>"
            .to_string(),
    };
    format!("{number}\n{html}")
}

/// The number and the block of a reply.
pub fn read_reply(reply: &str) -> Option<(u32, &str)> {
    let (number, html) = reply.split_once('\n')?;
    Some((number.parse().ok()?, html))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_says_failed_in_the_pages_word() {
        let loader = include_str!("../../public/outils-loader.js");
        assert!(
            loader.contains(&format!("postMessage('{FAILED}')")),
            "{loader}"
        );
    }

    const TODAY: Date = Date::ymd(2026, 12, 6);
    const LINK: &str =
        "https://exemple.fr/#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01";

    #[test]
    fn a_request_gets_its_tool_block_back_with_its_number() {
        for block in Tool::ALL
            .map(Block::Tool)
            .into_iter()
            .chain(Tool::ALL.map(Block::ToolFields))
            .chain([Block::Details, Block::Contract, Block::ContractForm])
        {
            let reply = reply(&request(7, block, TODAY, "", LINK));
            let (number, html) = read_reply(&reply).expect("a reply");
            assert_eq!(number, 7);
            let expected = match block {
                Block::ToolFields(_) => "class=\"intro\"",
                _ => "data-testid",
            };
            assert!(html.contains(expected), "{block:?}: {html}");
            assert_eq!(Block::from_code(&block.code()), Some(block));
            assert!(
                !html.contains("Signaler une erreur"),
                "no contact, no report link"
            );
        }
        let compare = reply(&request(1, Block::Tool(Tool::Compare), TODAY, "", LINK));
        assert!(
            compare.contains("38\u{202f}000\u{a0}€") || compare.contains("38 000"),
            "{compare}"
        );
    }

    #[test]
    fn the_contact_gives_report_links_with_the_simulation() {
        let reply = reply(&request(
            2,
            Block::Tool(Tool::Calendar),
            TODAY,
            "erreurs@exemple.fr\n",
            LINK,
        ));
        assert!(reply.contains("Signaler une erreur"));
        assert!(reply.contains("mailto:erreurs%40exemple.fr"), "{reply}");
    }

    #[test]
    fn an_unreadable_request_gets_a_french_message() {
        for garbage in [
            "",
            "x",
            "3\nsecret\n\nhttps://exemple.fr/#v=1",
            "4\ncout\n\nsans-fragment",
        ] {
            let reply = reply(garbage);
            assert!(
                reply.contains("Cet outil n'a pas pu lire la simulation"),
                "{garbage:?}: {reply}"
            );
        }
        assert_eq!(read_reply("pas un nombre\n<p>"), None);
    }
}
