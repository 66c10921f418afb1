using System.Net;
using ICP.Domain.Applications;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ICP.IntegrationTests.Applications;

/// <summary>The whole flow over HTTP: register, confirm, sign in, register the city, fill, upload, submit, verify.</summary>
public sealed class ApplicationFlowTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Submit_CompleteApplication_FreezesAVersionWithAReceiptAnyoneCanVerify()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 10, 14, 30, 15, TimeSpan.Zero));
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "officer@capetown.example", "City of Cape Town", "ZA");

        var receipt = await journey.SubmitAsync(id);

        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal($"/applicant/applications/{id}/versions/1", receipt.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var reference = receipt.Texts("#receipt-reference").Single();
        Assert.Equal("ICP-2021-ZA-0001", reference);
        Assert.Equal("10 November 2021, 15:30:15 (Brussels time)", receipt.Texts("#receipt-brussels").Single());
        Assert.Equal("10 November 2021, 14:30:15 UTC", receipt.Texts("#receipt-utc").Single());
        var sha = receipt.Texts("#receipt-sha256").Single();
        var code = receipt.Texts("#receipt-code").Single();
        Assert.Matches("^[0-9a-f]{64}$", sha);
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);

        // The fingerprint is the SHA-256 of the content the page offers for download.
        var json = await journey.Client.GetByteArrayAsync(new Uri($"/applicant/applications/{id}/versions/1/content.json", UriKind.Relative));
        Assert.Equal(sha, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(json)));
        Assert.Contains("\"officialName\":\"City of Cape Town\"", System.Text.Encoding.UTF8.GetString(json), StringComparison.Ordinal);

        // Anyone can verify it, without signing in.
        var anonymous = portal.CreateClient();
        var check = await HtmlPage.GetAsync(anonymous, $"/receipts/verify?reference={reference}&code={code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)}");
        Assert.Equal("valid", check.Element("#receipt-check").GetAttribute("data-result"));
        Assert.Contains(sha, check.MainText, StringComparison.Ordinal);
        Assert.Contains("City of Cape Town", check.MainText, StringComparison.Ordinal);

        var mail = await portal.Mailbox.WaitForAsync("officer@capetown.example", "Receipt: application ICP-2021-ZA-0001, version 1");
        Assert.Contains(code, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(sha, mail.TextBody, StringComparison.Ordinal);

        var stored = await portal.WithDbAsync(db => db.Applications.Include(a => a.Versions).SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationStatus.Submitted, stored.Status);
        Assert.Equal(new DateTimeOffset(2021, 11, 10, 14, 30, 15, TimeSpan.Zero), Assert.Single(stored.Versions).SubmittedAt);
    }

    [Fact]
    public async Task Verify_WrongCode_SaysTheReceiptIsNotValid()
    {
        var anonymous = portal.CreateClient();

        var check = await HtmlPage.GetAsync(anonymous, "/receipts/verify?reference=ICP-2021-ZA-0001&code=AAAA-BBBB-CCCC");

        Assert.Equal("invalid", check.Element("#receipt-check").GetAttribute("data-result"));
    }
}
