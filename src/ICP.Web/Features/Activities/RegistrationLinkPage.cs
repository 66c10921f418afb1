using ICP.Domain.Activities;
using ICP.Web.Features.Programme;

namespace ICP.Web.Features.Activities;

/// <summary>
/// The page a confirm or cancel link opens: it names the activity and asks for one click (a POST),
/// so that a mail scanner following links changes nothing. Null status: the link is not (or no
/// longer) valid.
/// </summary>
public sealed record RegistrationLinkPage(string Token, int ActivityId, LocalisedText Title, DateTimeOffset StartsAt, RegistrationStatus Status, bool Open);
