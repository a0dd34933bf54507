namespace AdobeTarget.Internal;

/// <summary>One <c>name#value#expires</c> entry of the <c>mbox</c> cookie.</summary>
/// <param name="Name">The entry name, such as <c>session</c> or <c>PC</c>.</param>
/// <param name="Value">The decoded value.</param>
/// <param name="Expires">When the entry expires, in seconds since the Unix epoch.</param>
internal readonly record struct MboxCookieEntry(string Name, string Value, long Expires);
