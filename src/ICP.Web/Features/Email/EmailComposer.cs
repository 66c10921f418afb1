using System.Globalization;
using System.Net;
using System.Text;
using ICP.Domain.Messaging;
using ICP.Web.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Email;

/// <summary>
/// Writes the portal's e-mails in the recipient's language, as outbox messages (plain text and a
/// simple HTML alternative, with no image or remote resource).
/// </summary>
public sealed class EmailComposer(IStringLocalizer<SharedResource> localizer, IOptions<PortalOptions> portal, IHttpContextAccessor httpContext, TimeProvider clock)
{
    /// <summary>
    /// The absolute address of a portal path, from <c>Portal:BaseUrl</c> (required in Production).
    /// Without it (a developer's machine, tests) the current request's origin is used only when it
    /// is a loopback address: a Host header naming another site never reaches a link in an e-mail.
    /// </summary>
    public string AbsoluteUrl(string pathAndQuery) => LinkOrigin() + pathAndQuery;

    /// <summary>What every link starts with (see <see cref="AbsoluteUrl"/>), e.g. "https://icp.example.eu".</summary>
    public string LinkOrigin()
    {
        if (portal.Value.BaseUri is { } configured)
        {
            return configured.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }

        var request = httpContext.HttpContext?.Request;
        return request is not null && IsLoopback(request.Host.Host)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : "http://localhost";
    }

    /// <summary>
    /// Text a person chose (a name), as it appears in a message the portal sends in its own name:
    /// between quotation marks, on one line, without control or invisible formatting characters, and
    /// at most 200 characters, so that it reads as the data it is and never as the portal's words.
    /// Messages to an address not yet confirmed carry no such text at all.
    /// </summary>
    public static string Quoted(string chosen)
    {
        var plain = new StringBuilder(Math.Min(chosen.Length, 200));
        foreach (var c in chosen)
        {
            if (plain.Length == 200)
            {
                plain.Append('…');
                break;
            }

            plain.Append(char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator ? ' ' : c);
        }

        return "“" + plain.ToString().Trim() + "”";
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>
    /// Composes a message to <paramref name="to"/> in <paramref name="culture"/> (the recipient's
    /// language): <paramref name="content"/> writes its text with that culture in force, and the
    /// composer adds the signature and the HTML alternative.
    /// </summary>
    public OutboxMessage Compose(string to, string culture, IEmailContent content, string? relatedReference = null)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var target = new CultureInfo(string.IsNullOrWhiteSpace(culture) ? "en" : culture);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = target;
            var (subject, paragraphs, link) = content.Write(localizer);
            var signature = localizer["International City Partnerships – European Commission, DG REGIO"].Value;
            var automatic = localizer["This message was sent automatically by the ICP portal. Please do not reply to it."].Value;

            var text = new StringBuilder();
            foreach (var paragraph in paragraphs)
            {
                text.AppendLine(paragraph).AppendLine();
            }

            if (link is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{link.Text}: {link.Url}").AppendLine();
            }

            text.AppendLine(signature).AppendLine(automatic);

            var html = new StringBuilder();
            html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{target.TwoLetterISOLanguageName}\"><body style=\"font-family:Arial,sans-serif;color:#262b38\">");
            foreach (var paragraph in paragraphs)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(paragraph)}</p>");
            }

            if (link is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{WebUtility.HtmlEncode(link.Url)}\">{WebUtility.HtmlEncode(link.Text)}</a></p>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(signature)}<br><small>{WebUtility.HtmlEncode(automatic)}</small></p></body></html>");
            return new OutboxMessage(to, subject, text.ToString(), html.ToString(), content.Kind, clock.GetUtcNow(), relatedReference);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
