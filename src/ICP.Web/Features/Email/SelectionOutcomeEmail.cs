using ICP.Domain.Selection;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>A released selection decision, to each officer of the authority (its name already quoted with <see cref="EmailComposer.Quoted"/>).</summary>
public sealed record SelectionOutcomeEmail(DecisionOutcome Outcome, string QuotedAuthority, string Reference, string Group, int? ReserveRank, string DashboardUrl) : IEmailContent
{
    public string Kind => "selection-outcome";

    public EmailText Write(IStringLocalizer t) => Outcome switch
    {
        DecisionOutcome.Selected => new(
            t["{0} is selected for International City Partnerships", QuotedAuthority],
            [t["We are pleased to tell you that {0} (application {1}) is selected to take part in International City Partnerships, in the {2} group.", QuotedAuthority, Reference, Group],
             t["The programme team will contact you about the cooperation clusters, which start in January 2022."]],
            new EmailLink(t["See the decision"], DashboardUrl)),
        DecisionOutcome.Reserve => new(
            t["{0} is on the reserve list of International City Partnerships", QuotedAuthority],
            [t["{0} (application {1}) is on the reserve list of the {2} group, in position {3}.", QuotedAuthority, Reference, Group, ReserveRank ?? 0],
             t["If a selected city withdraws, its seat is offered to the first city on the reserve list; we will write to you if it is yours."]],
            new EmailLink(t["See the decision"], DashboardUrl)),
        _ => new(
            t["Outcome of the application of {0} to International City Partnerships", QuotedAuthority],
            [t["Thank you for the application of {0} (application {1}). We regret that it was not selected.", QuotedAuthority, Reference],
             t["The evaluation compared the applications of the {0} group on weighted criteria; the number of seats was limited.", Group]],
            new EmailLink(t["See the decision"], DashboardUrl)),
    };
}
