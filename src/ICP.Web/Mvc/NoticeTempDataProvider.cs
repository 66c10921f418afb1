using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.WebUtilities;

namespace ICP.Web.Mvc;

/// <summary>
/// Carries a one-time notice ("Saved.", "Refused: …") from a form's POST to the page its redirect
/// shows, one notice per redirect: the values go into a cookie named after a fresh id
/// (<c>.ICP.Notice.{id}</c>), and the redirect's address gets <c>?notice={id}</c>. The page shown
/// reads the cookie its own address names and deletes only that one, so two tabs of one browser
/// posting at the same instant each see their own confirmation (MVC's cookie provider keeps one
/// cookie per browser: the first page rendered consumed it and the other tab showed nothing).
/// </summary>
/// <remarks>
/// The values are strings (a notice, a problem, a calendar address shown once), protected with
/// Data Protection like MVC's own provider. A notice belongs to a redirect: values set on a
/// response that is not a same-site redirect, or left unread by the page, are dropped. A cookie
/// whose page is never opened expires after <see cref="Lifetime"/>.
/// </remarks>
public sealed class NoticeTempDataProvider(IDataProtectionProvider protection, ILogger<NoticeTempDataProvider> logger) : ITempDataProvider
{
    public const string CookiePrefix = ".ICP.Notice.";

    /// <summary>The query parameter naming the notice a page shows.</summary>
    public const string QueryKey = "notice";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private const int IdLength = 16;

    /// <summary>The longest cookie value written: browsers drop a cookie of more than 4,096 bytes (name and attributes included).</summary>
    public const int MaxCookieValueLength = 3_800;

    private readonly IDataProtector protector = protection.CreateProtector("ICP.Web.Mvc.NoticeTempDataProvider");

    /// <summary>True when the address names a notice: the page is rendered for this visitor, with it, and never cached.</summary>
    public static bool CarriesNotice(HttpRequest request) => request.Query.ContainsKey(QueryKey);

    public IDictionary<string, object> LoadTempData(HttpContext context)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        if (IdFrom(context.Request) is not { } id || !context.Request.Cookies.TryGetValue(CookiePrefix + id, out var content))
        {
            return values;
        }

        // Read once: this page's notice is gone whatever the page does with it; other notices stay.
        context.Items[typeof(NoticeTempDataProvider)] = id;
        try
        {
            var json = protector.Unprotect(WebEncoders.Base64UrlDecode(content));
            foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [])
            {
                values[key] = value;
            }
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or JsonException)
        {
            logger.LogInformation(exception, "A notice cookie could not be read; it is dropped.");
        }

        return values;
    }

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (context.Items.TryGetValue(typeof(NoticeTempDataProvider), out var read) && read is string readId)
        {
            context.Response.Cookies.Delete(CookiePrefix + readId, Options(context, maxAge: null));
        }

        if (values.Count == 0)
        {
            return;
        }

        var location = context.Response.Headers.Location.ToString();
        if (!IsSameSite(location))
        {
            logger.LogDebug("A notice was set on a response that is not a same-site redirect; it is dropped.");
            return;
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));
        var strings = values.ToDictionary(v => v.Key, v => v.Value as string
            ?? throw new InvalidOperationException($"A notice value must be a string; '{v.Key}' is a {v.Value?.GetType().Name ?? "null"}."));
        var content = Encode(strings);
        while (content.Length > MaxCookieValueLength)
        {
            // Never lost silently: the longest text is shortened (and said so) until the cookie fits.
            var longest = strings.MaxBy(v => v.Value.Length);
            strings[longest.Key] = longest.Value[..(longest.Value.Length / 2)] + "…";
            logger.LogWarning("A notice was too long for its cookie; {Key} was shortened to {Length} characters.", longest.Key, strings[longest.Key].Length);
            content = Encode(strings);
        }

        context.Response.Cookies.Append(CookiePrefix + id, content, Options(context, Lifetime));
        context.Response.Headers.Location = WithNotice(location, id);
    }

    private string Encode(Dictionary<string, string> strings) => WebEncoders.Base64UrlEncode(protector.Protect(JsonSerializer.SerializeToUtf8Bytes(strings)));

    /// <summary>The address with <c>notice={id}</c> as its only notice parameter, before any fragment.</summary>
    public static string WithNotice(string location, string id)
    {
        var fragmentAt = location.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentAt < 0 ? string.Empty : location[fragmentAt..];
        var withoutFragment = fragmentAt < 0 ? location : location[..fragmentAt];
        var queryAt = withoutFragment.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? withoutFragment : withoutFragment[..queryAt];
        var query = queryAt < 0 ? [] : QueryHelpers.ParseQuery(withoutFragment[queryAt..]);
        var kept = query.Where(p => !string.Equals(p.Key, QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>(QueryKey, id));
        return QueryHelpers.AddQueryString(path, kept) + fragment;
    }

    private static string? IdFrom(HttpRequest request)
    {
        var id = request.Query[QueryKey].LastOrDefault();
        return id is { Length: IdLength } && id.All(char.IsAsciiHexDigitLower) ? id : null;
    }

    /// <summary>A redirect to a path of this site (not //host, not /\host, not another origin).</summary>
    private static bool IsSameSite(string location) =>
        location.Length > 0 && location[0] == '/' && (location.Length == 1 || (location[1] != '/' && location[1] != '\\'));

    // Max-Age, not Expires: the browser's real clock decides, whatever the portal's simulated clock says.
    private static CookieOptions Options(HttpContext context, TimeSpan? maxAge) => new()
    {
        Path = "/",
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        IsEssential = true,
        MaxAge = maxAge,
    };
}
