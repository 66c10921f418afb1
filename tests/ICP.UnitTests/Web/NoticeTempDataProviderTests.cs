using ICP.Web.Mvc;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Net.Http.Headers;
using Xunit;

namespace ICP.UnitTests.Web;

public sealed class NoticeTempDataProviderTests
{
    private readonly NoticeTempDataProvider _provider = new(new EphemeralDataProtectionProvider(), NullLogger<NoticeTempDataProvider>.Instance);

    [Theory]
    [InlineData("/applicant", "/applicant?notice=0123456789abcdef")]
    [InlineData("/admin/selection/EU?page=2", "/admin/selection/EU?page=2&notice=0123456789abcdef")]
    [InlineData("/admin/selection/EU?page=2#rank-7", "/admin/selection/EU?page=2&notice=0123456789abcdef#rank-7")]
    [InlineData("/x?notice=ffffffffffffffff&a=1&a=2", "/x?a=1&a=2&notice=0123456789abcdef")]
    [InlineData("/", "/?notice=0123456789abcdef")]
    public void WithNotice_AddsTheOnlyNoticeParameter_BeforeTheFragment(string location, string expected) =>
        Assert.Equal(expected, NoticeTempDataProvider.WithNotice(location, "0123456789abcdef"));

    [Fact]
    public void TwoRedirects_EachPageReadsItsOwnNotice_AndDeletesOnlyThatCookie()
    {
        var first = Redirect("/applicant/applications/1/steps/themes", new Dictionary<string, object> { ["Notice"] = "Saved themes." });
        var second = Redirect("/applicant/applications/1/steps/partners#p", new Dictionary<string, object> { ["Notice"] = "Saved partners.", ["Problem"] = "But one thing." });
        Assert.NotEqual(first.Cookie.Name, second.Cookie.Name);

        // The browser holds both cookies; the second tab's page loads first.
        var secondPage = PageAt(second.Location, first.Cookie, second.Cookie);
        var read = _provider.LoadTempData(secondPage);
        Assert.Equal("Saved partners.", read["Notice"]);
        Assert.Equal("But one thing.", read["Problem"]);
        _provider.SaveTempData(secondPage, new Dictionary<string, object>());
        var deleted = SetCookies(secondPage).Single();
        Assert.Equal(second.Cookie.Name.Value, deleted.Name.Value);
        Assert.True(deleted.Expires < DateTimeOffset.UtcNow || deleted.MaxAge <= TimeSpan.Zero, deleted.ToString());

        var firstPage = PageAt(first.Location, first.Cookie);
        Assert.Equal("Saved themes.", _provider.LoadTempData(firstPage)["Notice"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/")]
    [InlineData("/\\elsewhere.example/")]
    public void NoticeOnAResponseThatIsNotASameSiteRedirect_IsNotKept(string? location)
    {
        var context = new DefaultHttpContext();
        if (location is not null)
        {
            context.Response.Headers.Location = location;
        }

        _provider.SaveTempData(context, new Dictionary<string, object> { ["Notice"] = "Saved." });
        Assert.Empty(SetCookies(context));
        Assert.Equal(location ?? string.Empty, context.Response.Headers.Location.ToString());
    }

    [Fact]
    public void TamperedOrForeignCookie_IsIgnored()
    {
        var sent = Redirect("/a", new Dictionary<string, object> { ["Notice"] = "Saved." });
        var tampered = new NameValueHeaderValue(sent.Cookie.Name, "x" + sent.Cookie.Value);
        Assert.Empty(_provider.LoadTempData(PageAt(sent.Location, tampered)));

        // Written by another key ring (another deployment): unreadable, dropped.
        var other = new NoticeTempDataProvider(new EphemeralDataProtectionProvider(), NullLogger<NoticeTempDataProvider>.Instance);
        Assert.Empty(other.LoadTempData(PageAt(sent.Location, sent.Cookie)));
    }

    [Fact]
    public void NoticeTooLongForACookie_IsShortenedAndSaidSo_NeverDropped()
    {
        var references = string.Join(", ", Enumerable.Range(1, 600).Select(i => $"ICP-2021-{i:D5}"));
        var sent = Redirect("/admin/evaluations/setup", new Dictionary<string, object> { ["Notice"] = "3 assignments were made.", ["Problem"] = "Not enough evaluators for: " + references });

        Assert.True(sent.Cookie.Value.Length <= NoticeTempDataProvider.MaxCookieValueLength, $"{sent.Cookie.Value.Length} characters");
        var read = _provider.LoadTempData(PageAt(sent.Location, sent.Cookie));
        Assert.Equal("3 assignments were made.", read["Notice"]);
        Assert.StartsWith("Not enough evaluators for: ICP-2021-00001, ", (string)read["Problem"], StringComparison.Ordinal);
        Assert.EndsWith("…", (string)read["Problem"], StringComparison.Ordinal);
    }

    [Fact]
    public void NonStringValue_IsAProgrammingError()
    {
        var context = new DefaultHttpContext();
        context.Response.Headers.Location = "/a";
        Assert.Throws<InvalidOperationException>(() => _provider.SaveTempData(context, new Dictionary<string, object> { ["Count"] = 3 }));
    }

    private (string Location, NameValueHeaderValue Cookie) Redirect(string location, IDictionary<string, object> values)
    {
        var context = new DefaultHttpContext();
        context.Response.Headers.Location = location;
        _provider.SaveTempData(context, values);
        var cookie = SetCookies(context).Single();
        Assert.StartsWith(NoticeTempDataProvider.CookiePrefix, cookie.Name.Value, StringComparison.Ordinal);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(NoticeTempDataProvider.Lifetime, cookie.MaxAge);
        return (context.Response.Headers.Location.ToString(), new NameValueHeaderValue(cookie.Name, cookie.Value));
    }

    private static DefaultHttpContext PageAt(string location, params NameValueHeaderValue[] cookies)
    {
        var context = new DefaultHttpContext();
        var queryAt = location.IndexOf('?', StringComparison.Ordinal);
        var fragmentAt = location.IndexOf('#', StringComparison.Ordinal);
        context.Request.Path = location[..queryAt];
        context.Request.QueryString = new QueryString(fragmentAt < 0 ? location[queryAt..] : location[queryAt..fragmentAt]);
        context.Request.Headers.Cookie = string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}"));
        return context;
    }

    private static IList<SetCookieHeaderValue> SetCookies(HttpContext context) =>
        SetCookieHeaderValue.ParseList([.. context.Response.Headers.SetCookie.Select(v => v ?? string.Empty)]);
}
