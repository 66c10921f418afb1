namespace ICP.Domain.Common;

/// <summary>
/// An id that names nothing the person may act on (unknown, ended, or someone else's). Not a broken
/// rule with a message: the web answers 404, so an id guessed or copied reveals nothing.
/// </summary>
public sealed class NotFoundException(string what) : Exception($"{what} not found.");
