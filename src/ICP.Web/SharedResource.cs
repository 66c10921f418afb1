namespace ICP.Web;

/// <summary>
/// Marker for the portal's one set of interface strings (Resources/SharedResource.{culture}.resx).
/// The English text is the key, so an untranslated string falls back to English, never to a blank.
/// </summary>
public sealed class SharedResource;
