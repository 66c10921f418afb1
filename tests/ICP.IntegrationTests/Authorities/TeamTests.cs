using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Authorities;

public sealed class TeamTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RegisterAuthority_SameCityTypedDifferently_IsRefusedWithAClearMessage()
    {
        var first = await ApplicantJourney.RegisterAsync(portal, "first@liege.example", "First Liège Officer");
        await first.CreateAuthorityAsync("Ville de Liège", "BE");
        var second = await ApplicantJourney.RegisterAsync(portal, "second@liege.example", "Second Liège Officer");

        var refused = await second.CreateAuthorityAsync("VILLE-DE-LIEGE ", "BE");

        Assert.Equal("A local authority with this name is already registered in this country. Ask its team to invite you.", refused.Texts("#NewAuthority_OfficialName-invalid").Single());
        Assert.Equal(1, await portal.WithDbAsync(db => db.LocalAuthorities.CountAsync(a => a.CountryCode == "BE")));
    }

    [Fact]
    public async Task RegisterAuthority_SameNameInAnotherCountry_IsAnotherCity()
    {
        var first = await ApplicantJourney.RegisterAsync(portal, "victoria-ca@city.example", "Victoria CA");
        var second = await ApplicantJourney.RegisterAsync(portal, "victoria-mt@city.example", "Victoria MT");

        await first.CreateAuthorityAsync("Victoria", "CA");
        var page = await second.CreateAuthorityAsync("Victoria", "MT");

        Assert.Null(page.Document.QuerySelector("#form-errors"));
        Assert.Equal(2, await portal.WithDbAsync(db => db.LocalAuthorities.CountAsync(a => a.OfficialName == "Victoria")));
    }

    [Fact]
    public async Task RegisterAuthority_CountryTheCallDoesNotCover_IsRefused()
    {
        var journey = await ApplicantJourney.RegisterAsync(portal, "officer@nowhere.example", "Outside Officer");

        var refused = await journey.CreateAuthorityAsync("Springfield", "US");

        Assert.Equal("Local authorities from this country or territory cannot apply to this call.", refused.Texts("#NewAuthority_CountryCode-invalid").Single());
        Assert.Equal(0, await portal.WithDbAsync(db => db.LocalAuthorities.CountAsync(a => a.OfficialName == "Springfield")));
    }

    [Fact]
    public async Task RegisterAuthority_CountryCodeNotFromTheList_AsksToChooseOne()
    {
        var journey = await ApplicantJourney.RegisterAsync(portal, "officer@three-letters.example", "Three Letters");

        var refused = await journey.CreateAuthorityAsync("Ville de Nulle Part", "FRA");

        Assert.Equal("Choose the country or territory.", refused.Texts("#NewAuthority_CountryCode-invalid").Single());
        Assert.Equal(0, await portal.WithDbAsync(db => db.LocalAuthorities.CountAsync(a => a.OfficialName == "Ville de Nulle Part")));
    }

    [Fact]
    public async Task Invitation_ColleagueJoins_CanPrepareButOnlyTheDesignatedSubmitterSubmits()
    {
        var (lead, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "lead@prato.example", "Comune di Prato", "IT");
        var team = await HtmlPage.GetAsync(lead.Client, "/applicant/team");
        await lead.Client.SubmitAsync(team, "#invite-form", [Field("Form.Email", "colleague@prato.example")]);
        var invitation = await portal.Mailbox.WaitForAsync("colleague@prato.example", "You are invited to a local authority's application team");
        var colleague = await ApplicantJourney.RegisterAsync(portal, "colleague@prato.example", "Colleague");

        var accept = await HtmlPage.GetAsync(colleague.Client, Mailbox.LinkIn(invitation, "/applicant/invitations/accept").PathAndQuery);
        var joined = await colleague.Client.SubmitAsync(accept, "main form");

        Assert.Equal("/applicant", joined.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var saved = await colleague.SaveStepAsync(id, "local-authority", Field("Region", "Tuscany"));
        Assert.Null(saved.Document.QuerySelector("#form-errors"));
        var review = await HtmlPage.GetAsync(colleague.Client, $"/applicant/applications/{id}/review");
        Assert.NotNull(review.Document.QuerySelector("#not-submitter"));
        Assert.Null(review.Document.QuerySelector("#submit-form"));

        // The lead hands the role over; now the colleague can submit.
        var teamPage = await HtmlPage.GetAsync(lead.Client, "/applicant/team");
        var colleagueId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == "colleague@prato.example").Select(u => u.Id).SingleAsync());
        await lead.Client.SubmitAsync(teamPage, "#submitter-form", [Field("userId", colleagueId)]);
        var receipt = await colleague.SubmitAsync(id);
        Assert.Equal($"/applicant/applications/{id}/versions/1", receipt.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Invitation_OpenedBySomeoneElse_IsRefused()
    {
        var lead = await ApplicantJourney.RegisterAsync(portal, "lead@braga.example", "Braga Lead");
        await lead.CreateAuthorityAsync("Município de Braga", "PT");
        var team = await HtmlPage.GetAsync(lead.Client, "/applicant/team");
        await lead.Client.SubmitAsync(team, "#invite-form", [Field("Form.Email", "invited@braga.example")]);
        var invitation = await portal.Mailbox.WaitForAsync("invited@braga.example", "You are invited to a local authority's application team");
        var intruder = await ApplicantJourney.RegisterAsync(portal, "intruder@elsewhere.example", "Intruder");

        var accept = await HtmlPage.GetAsync(intruder.Client, Mailbox.LinkIn(invitation, "/applicant/invitations/accept").PathAndQuery);
        var refused = await intruder.Client.SubmitAsync(accept, "main form");

        Assert.NotNull(refused.Document.QuerySelector("#invitation-problem"));
        var authorityId = await portal.WithDbAsync(db => db.LocalAuthorities.Where(a => a.OfficialName == "Município de Braga").Select(a => a.Id).SingleAsync());
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuthorityMembers.CountAsync(m => m.LocalAuthorityId == authorityId)));
    }
}
