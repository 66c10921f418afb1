using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Applications;

/// <summary>
/// A French applicant reads French: e-mails in the account's language, whatever page or browser
/// caused them, and the history's reasons in the page's language (what a person typed stays as typed).
/// </summary>
public sealed class ApplicantLanguageTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task AFrenchAccount_ReceivesItsReceiptAndWithdrawal_InFrench()
    {
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(_portal, "mairie@lyon.example", "Ville de Lyon", "FR");
        await Languages.ChooseAsync(journey.Client, "fr");
        Assert.Equal("fr", await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == journey.Email).Select(u => u.PreferredCulture).SingleAsync()));
        var reference = await _portal.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Reference).SingleAsync());

        await journey.SubmitAsync(id);
        var receipt = await _portal.Mailbox.WaitForAsync(journey.Email, $"Accusé de réception : candidature {reference}, version 1");
        Assert.Contains($"Le portail ICP a reçu la version 1 de la candidature {reference} le ", receipt.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", receipt.HtmlBody, StringComparison.Ordinal);

        var withdraw = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/withdraw");
        await journey.Client.SubmitAsync(withdraw, "main form", [Field("Form.Reason", "Le conseil municipal n'a pas voté le budget")]);
        var withdrawal = await _portal.Mailbox.WaitForAsync(journey.Email, $"Candidature {reference} retirée");
        Assert.DoesNotContain("withdrawn", withdrawal.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheHistory_InFrench_GivesTheReasonsInFrench_AndThePersonsOwnWordsAsTyped()
    {
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(_portal, "mairie@nantes.example", "Ville de Nantes", "FR");
        await journey.SubmitAsync(id);
        var withdraw = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/withdraw");
        await journey.Client.SubmitAsync(withdraw, "main form", [Field("Form.Reason", "Budget non voté")]);
        await Languages.ChooseAsync(journey.Client, "fr");

        var overview = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}");

        var history = overview.Texts("#history li");
        Assert.Equal(3, history.Count);
        Assert.EndsWith("Candidature commencée", history[0], StringComparison.Ordinal);
        Assert.EndsWith("Version 1 soumise", history[1], StringComparison.Ordinal);
        Assert.EndsWith("Budget non voté", history[2], StringComparison.Ordinal);
        Assert.DoesNotContain(history, h => h.Contains("submitted", StringComparison.Ordinal) || h.Contains("started", StringComparison.Ordinal));
    }
}
