using System.Net;
using ICP.Domain.Audit;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Authorities;

/// <summary>Who may do what to a city's team: the submitter role, invitations, and staff accounts kept out.</summary>
public sealed class TeamSafeguardsTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync()
    {
        _portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        await StaffJourney.SeedStaffAsync(_portal, 1);
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task OnlyTheDesignatedSubmitter_HandsTheRoleOver_AndBothAreTold()
    {
        var (lead, colleague) = await TeamOfTwoAsync("lead@aarhus.example", "mate@aarhus.example", "Aarhus Kommune", "DK");
        var colleagueId = await UserIdAsync("mate@aarhus.example");
        var leadId = await UserIdAsync("lead@aarhus.example");

        // The colleague's page has no form; a forged post is refused and changes nothing.
        var theirs = await HtmlPage.GetAsync(colleague.Client, "/applicant/team");
        Assert.Null(theirs.Document.QuerySelector("#submitter-form"));
        Assert.Contains("Officer Aarhus Kommune, the designated submitter", theirs.Texts("#submitter-only").Single(), StringComparison.Ordinal);
        var token = theirs.Element("#invite-form input[name='__RequestVerificationToken']").GetAttribute("value")!;
        var forged = await HtmlPage.FromResponseAsync(await colleague.Client.PostAsync(new Uri("/applicant/team/submitter", UriKind.Relative),
            new FormUrlEncodedContent([Field("__RequestVerificationToken", token), Field("userId", colleagueId)])));
        Assert.Equal("Only the designated submitter of your team can submit, withdraw or hand the role to someone else. Ask them, or ask them to hand the role to you on the team page.", forged.Texts("#problem").Single());
        Assert.Equal(leadId, await SubmitterIdAsync("Aarhus Kommune"));

        // The submitter hands it over: both hear of it, and the audit log keeps it.
        var mine = await HtmlPage.GetAsync(lead.Client, "/applicant/team");
        await lead.Client.SubmitAsync(mine, "#submitter-form", [Field("userId", colleagueId)]);
        Assert.Equal(colleagueId, await SubmitterIdAsync("Aarhus Kommune"));
        await _portal.Mailbox.WaitForAsync("lead@aarhus.example", "“Colleague Aarhus Kommune” is now the designated submitter of “Aarhus Kommune”");
        await _portal.Mailbox.WaitForAsync("mate@aarhus.example", "“Colleague Aarhus Kommune” is now the designated submitter of “Aarhus Kommune”");
        var entry = await _portal.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.SubmitterChanged && e.Subject == "Aarhus Kommune"));
        Assert.Equal("Officer Aarhus Kommune → Colleague Aarhus Kommune", entry.Details);
    }

    [Fact]
    public async Task Staff_GiveTheRoleToAnotherMember_WithAReason_WhenTheSubmitterCannot()
    {
        var (_, _) = await TeamOfTwoAsync("gone@odense.example", "stays@odense.example", "Odense Kommune", "DK");
        var applicationId = await _portal.WithDbAsync(db => db.Applications.Where(a => db.LocalAuthorities.Any(l => l.Id == a.LocalAuthorityId && l.OfficialName == "Odense Kommune")).Select(a => a.Id).SingleAsync());
        var stays = await UserIdAsync("stays@odense.example");
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);

        var noReason = await manager.SubmitAsync($"/admin/applications/{applicationId}", "#submitter-form", Field("userId", stays), Field("reason", " "));
        Assert.Equal("Give the reason.", noReason.Texts("#problem").Single());
        var stranger = await manager.SubmitAsync($"/admin/applications/{applicationId}", "#submitter-form", Field("userId", await UserIdAsync(StaffJourney.ManagerEmail)), Field("reason", "Asked by the mayor's office."));
        Assert.Equal("Choose a member of the team.", stranger.Texts("#problem").Single());
        Assert.NotEqual(stays, await SubmitterIdAsync("Odense Kommune"));

        var done = await manager.SubmitAsync($"/admin/applications/{applicationId}", "#submitter-form", Field("userId", stays), Field("reason", "The former submitter left the city administration."));

        Assert.Equal("Colleague Odense Kommune is now the designated submitter; the team was told by e-mail.", done.Texts("#notice").Single());
        Assert.Equal(stays, await SubmitterIdAsync("Odense Kommune"));
        Assert.Contains("Designated submitter", done.Element("#team li[data-member='stays@odense.example']").TextContent, StringComparison.Ordinal);
        var entry = await _portal.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.SubmitterChanged && e.Subject == "Odense Kommune"));
        Assert.Equal("The former submitter left the city administration.", entry.Reason);
    }

    [Fact]
    public async Task Invitations_AreLimited_SoTheTeamCannotMassMailInTheProgrammesName()
    {
        var lead = await ApplicantJourney.RegisterAsync(_portal, "lead@tallinn.example", "Tallinn Lead");
        await lead.CreateAuthorityAsync("Tallinna linn", "EE");
        for (var i = 0; i < 10; i++)
        {
            var team = await HtmlPage.GetAsync(lead.Client, "/applicant/team");
            await lead.Client.SubmitAsync(team, "#invite-form", [Field("Form.Email", $"person{i}@tallinn.example")]);
        }

        var page = await HtmlPage.GetAsync(lead.Client, "/applicant/team");
        var refused = await lead.Client.SubmitAsync(page, "#invite-form", [Field("Form.Email", "one-more@tallinn.example")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.StartsWith("A team can have at most 10 invitations waiting", refused.Texts("#Form_Email-invalid").Single(), StringComparison.Ordinal);
        Assert.Equal(10, await _portal.WithDbAsync(db => db.Set<ICP.Domain.Authorities.AuthorityInvitation>().CountAsync(i => i.Email.EndsWith("@tallinn.example"))));
        Assert.Empty(_portal.Mailbox.To("one-more@tallinn.example"));
    }

    [Fact]
    public async Task AStaffAccount_CannotActForACity()
    {
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));

        var dashboard = await evaluator.Client.GetAsync(new Uri("/applicant", UriKind.Relative));
        Assert.Equal("/account/access-denied", dashboard.RequestMessage!.RequestUri!.AbsolutePath);

        var home = await evaluator.GetAsync("/");
        Assert.Equal("/admin", home.Element("#signed-in-as").GetAttribute("href"));
        var token = home.Element("form.icp-logout input[name='__RequestVerificationToken']").GetAttribute("value")!;
        var created = await evaluator.Client.PostAsync(new Uri("/applicant/authority", UriKind.Relative), new FormUrlEncodedContent(
            [Field("__RequestVerificationToken", token), Field("NewAuthority.OfficialName", "Evaluator's Town"), Field("NewAuthority.CountryCode", "BE")]));
        Assert.Equal("/account/access-denied", created.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(0, await _portal.WithDbAsync(db => db.LocalAuthorities.CountAsync(a => a.OfficialName == "Evaluator's Town")));
    }

    private async Task<(ApplicantJourney Lead, ApplicantJourney Colleague)> TeamOfTwoAsync(string leadEmail, string colleagueEmail, string authority, string country)
    {
        var lead = await ApplicantJourney.RegisterAsync(_portal, leadEmail, "Officer " + authority);
        await lead.CreateAuthorityAsync(authority, country);
        await lead.StartApplicationAsync();
        var team = await HtmlPage.GetAsync(lead.Client, "/applicant/team");
        await lead.Client.SubmitAsync(team, "#invite-form", [Field("Form.Email", colleagueEmail)]);
        var invitation = await _portal.Mailbox.WaitForAsync(colleagueEmail, "You are invited to a local authority's application team");
        var colleague = await ApplicantJourney.RegisterAsync(_portal, colleagueEmail, "Colleague " + authority);
        var accept = await HtmlPage.GetAsync(colleague.Client, Mailbox.LinkIn(invitation, "/applicant/invitations/accept").PathAndQuery);
        await colleague.Client.SubmitAsync(accept, "main form");
        return (lead, colleague);
    }

    private Task<string> UserIdAsync(string email) => _portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<string> SubmitterIdAsync(string authority) =>
        _portal.WithDbAsync(db => db.LocalAuthorities.Where(a => a.OfficialName == authority).Select(a => a.DesignatedSubmitterId).SingleAsync());
}
