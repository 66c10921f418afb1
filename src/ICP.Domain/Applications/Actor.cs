namespace ICP.Domain.Applications;

/// <summary>Who did something: the user's id and the name shown in histories.</summary>
public readonly record struct Actor(string UserId, string Name);
