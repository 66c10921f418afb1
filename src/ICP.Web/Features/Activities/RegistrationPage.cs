using ICP.Web.Features.Programme;

namespace ICP.Web.Features.Activities;

/// <summary>The public registration form of an activity.</summary>
public sealed record RegistrationPage(int ActivityId, LocalisedText Title, DateTimeOffset StartsAt, bool Open, int PlacesLeft, RegistrationForm Form);
