using System.Net;
using ICP.Testing;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Public;

/// <summary>
/// Input crafted to break the portal rather than to use it (a return address with characters a
/// header cannot carry, dates at the ends of the calendar, a page number near the largest integer)
/// gets an ordinary answer, never a 500. Over a real socket: Kestrel is what refuses a bad header.
/// </summary>
public sealed class CraftedInputTests(CraftedInputTests.Portal portal) : IClassFixture<CraftedInputTests.Portal>
{
    /// <summary>One portal on a real port for the class, with the demo's staff.</summary>
    public sealed class Portal : PortalFactory, IAsyncLifetime
    {
        public Portal() => WithKestrel();

        public async ValueTask InitializeAsync()
        {
            await StaffJourney.SeedStaffAsync(this, evaluators: 0);
            await ApplicantJourney.RegisterAsync(this, "crafted@city.example", "Crafted Input");
        }
    }

    /// <summary>A return address, and where it leads (null: nowhere, the form's own default instead).</summary>
    public static TheoryData<string, string?> ReturnAddresses => new()
    {
        { "/applicant\u2028Set-Cookie: x=y", null },
        { "/\u2029", null },
        { "/\u0085", null },
        { "/timeline\u202Egnp.exe", null },
        { "/caf\u00e9", "/caf%C3%A9" },
        { "/timeline?q=\u00e9t\u00e9", "/timeline?q=%C3%A9t%C3%A9" },
    };

    [Theory]
    [MemberData(nameof(ReturnAddresses))]
    public async Task SignIn_ReturnUrlAHeaderCannotCarry_LandsOnASafePage_Not500(string returnUrl, string? expected)
    {
        var client = portal.CreateVisitorClient();
        var login = await HtmlPage.GetAsync(client, "/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));

        var landed = await client.SubmitAsync(login, "main form", [Field("Form.Email", "crafted@city.example"), Field("Form.Password", ApplicantJourney.StrongPassword)]);

        Assert.NotEqual(HttpStatusCode.InternalServerError, landed.StatusCode);
        Assert.Equal(expected ?? "/applicant", landed.Response.RequestMessage!.RequestUri!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(ReturnAddresses))]
    public async Task ChoosingALanguage_ReturnUrlAHeaderCannotCarry_LandsOnASafePage_Not500(string returnUrl, string? expected)
    {
        var client = portal.CreateVisitorClient();
        var languages = await HtmlPage.GetAsync(client, "/language");

        var french = await client.SubmitAsync(languages, "#languages li:nth-child(2) form", [Field("returnUrl", returnUrl)]);

        Assert.NotEqual(HttpStatusCode.InternalServerError, french.StatusCode);
        Assert.Equal(expected ?? "/", french.Response.RequestMessage!.RequestUri!.PathAndQuery);
    }

    [Theory]
    [InlineData("?to=9999-12-31")]
    [InlineData("?from=0001-01-01")]
    [InlineData("?from=0001-01-01&to=9999-12-31")]
    public async Task AuditLog_DatesAtTheEndsOfTheCalendar_ListEverything_PageAndCsv(string query)
    {
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail, portal.CreateVisitorClient());
        await portal.WithDbAsync(db =>
        {
            db.AuditEntries.Add(new ICP.Domain.Audit.AuditEntry(portal.Clock.GetUtcNow(), "someone", "Someone", "DeadlineExtended", "ICP-AGIR-2021", "Crafted"));
            return db.SaveChangesAsync();
        });

        var page = await manager.GetAsync("/admin/audit" + query);
        var csv = await manager.Client.GetAsync(new Uri("/admin/audit/export.csv" + query, UriKind.Relative));
        var everything = await manager.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.NotEmpty(everything.Texts("#audit tbody tr"));
        Assert.Equal(everything.Texts("#audit tbody tr"), page.Texts("#audit tbody tr"));
        Assert.Contains("Crafted", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/audit", "#audit caption")]
    [InlineData("/admin/applications", "#applications caption")]
    public async Task StaffLists_PageNumberNearTheLargestInteger_ShowTheLastPage(string path, string caption)
    {
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail, portal.CreateVisitorClient());

        var page = await manager.GetAsync(path + "?page=" + int.MaxValue);
        var negative = await manager.GetAsync(path + "?page=" + int.MinValue);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Page 1 of 1", page.Texts(caption).Single());
        Assert.Equal("Page 1 of 1", negative.Texts(caption).Single());
    }
}
