using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>
/// One kind of e-mail the portal sends: one class per kind, holding the facts the message needs and
/// its text. <see cref="EmailComposer"/> calls <see cref="Write"/> with the recipient's language in
/// force, so dates and numbers the text formats are in that language too.
/// </summary>
public interface IEmailContent
{
    /// <summary>The kind stored with the message (the staff e-mail list filters on it).</summary>
    string Kind { get; }

    EmailText Write(IStringLocalizer t);
}
