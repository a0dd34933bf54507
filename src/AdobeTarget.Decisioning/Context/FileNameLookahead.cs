namespace AdobeTarget.Decisioning;

/// <summary>
/// parseUri's lookahead <c>[^?#/]*\.[^?#/.]+(?:[?#]|$)</c>: whether the text at a position is the rest of a final
/// path segment holding a dot with at least one character after its last dot. Positions are asked in increasing
/// order; each segment is scanned once, so a whole path costs linear time.
/// </summary>
internal struct FileNameLookahead
{
    private readonly string _text;
    private int _segmentEnd;
    private int _lastDot;
    private bool _final;

    /// <summary>Creates the lookahead over <paramref name="text"/>.</summary>
    /// <param name="text">The URL text.</param>
    public FileNameLookahead(string text)
    {
        _text = text;
        _segmentEnd = -1;
        _lastDot = -1;
        _final = false;
    }

    /// <summary>Evaluates the lookahead at <paramref name="position"/> (non-decreasing across calls).</summary>
    /// <param name="position">The position after the character the directory loop would consume.</param>
    /// <returns>Whether a file name with an extension starts here.</returns>
    public bool StartsFileName(int position)
    {
        if (position >= _segmentEnd)
        {
            int found = position >= _text.Length ? -1 : _text.AsSpan(position).IndexOfAny("?#/");
            _segmentEnd = found < 0 ? _text.Length : position + found;
            _final = _segmentEnd == _text.Length || _text[_segmentEnd] != '/';
            int dot = _segmentEnd > position ? _text.AsSpan(position, _segmentEnd - position).LastIndexOf('.') : -1;
            _lastDot = dot < 0 ? -1 : position + dot;
        }

        return _final && _lastDot >= position && _lastDot < _segmentEnd - 1;
    }
}
