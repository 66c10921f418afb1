namespace ICP.Web.Features.Cooperation;

/// <summary>One of a city's two contact persons, as its submitted application gave them.</summary>
public sealed record ContactPerson(string Name, string Role, string Email, string Phone);
