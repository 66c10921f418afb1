using ICP.Testing;
using Xunit;

namespace ICP.IntegrationTests.Forms;

/// <summary>Every field says whether it is required, as the rendered form reads: a repeat that must match, a box that must be ticked.</summary>
public sealed class RequiredFieldMarkersTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Register_RepeatThePasswordAndPrivacyConsent_AreMarkedRequired()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/account/register");

        Assert.Equal("Repeat the password (required)", Label(page, "ConfirmPassword"));
        Assert.Equal("I have read the privacy statement. (required)", Label(page, "AcceptPrivacy"));
        Assert.Equal("Your name (required)", Label(page, "DisplayName"));
        Assert.DoesNotContain(page.All(".ecl-form-label__optional"), _ => true);
    }

    [Fact]
    public async Task CapacityStepAndReview_TheBoxesToTick_AreMarkedRequired()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "markers@leuven.example", "Stad Leuven", "BE");

        var capacity = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/capacity");
        Assert.EndsWith("(required to submit)", Label(capacity, "AvailableForBothStudyVisits"), StringComparison.Ordinal);
        Assert.EndsWith("(required to submit)", Label(capacity, "WorkingLanguageEnglish"), StringComparison.Ordinal);

        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");
        Assert.All(["ConfirmAccurate", "ConfirmAuthorised", "ConfirmPublication"], field => Assert.EndsWith("(required)", Label(review, field), StringComparison.Ordinal));
    }

    /// <summary>The text a reader sees as the field's label, its required or optional marker included.</summary>
    private static string Label(HtmlPage page, string id)
    {
        var group = page.Element("#" + id).Closest(".ecl-form-group")!;
        var label = group.QuerySelector(".ecl-form-label-wrapper") ?? group.QuerySelector(".ecl-checkbox__text")!;
        return HtmlPage.Collapse(label.TextContent);
    }
}
