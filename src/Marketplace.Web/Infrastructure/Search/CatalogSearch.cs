using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marketplace.Web.Infrastructure.Search;

/// <summary>A product the index found, with the score it is ranked by.</summary>
/// <param name="TitleKey">The name's hash: two hits with one name are told apart from two names without loading either.</param>
public sealed record SearchHit(int Id, int EnterpriseId, long TitleKey, double Score);

/// <summary>The best hits of a search, best first, and how many products matched in all.</summary>
public sealed record Ranking(IReadOnlyList<SearchHit> Hits, int Total)
{
    public static readonly Ranking None = new([], 0);

    /// <summary>The enterprises the words as typed name, best first (found in the same pass as the products).</summary>
    public IReadOnlyList<(int Id, string Name, string NameEn)> Enterprises { get; init; } = [];
}

/// <summary>Turns what a shopper typed into a Lucene query and ranks what it finds. Every word must match (in any
/// order, spaced or not, by its two-syllable grams); a word also matches one jamo off (세재 → 세제, tried with a
/// lower weight so exact matches rank first), as 초성 (ㄷㅅㄹ), typed in the wrong keyboard mode (ehtlfkr), or
/// through a synonym (soap → 비누). Names weigh most, then tags, category and the enterprise, then descriptions;
/// a whole-word or whole-name match adds more; sales lift a little. The first page is diversified so one
/// enterprise or one name does not fill it.</summary>
public static class CatalogSearch
{
    public const int MaxCandidates = 500;

    /// <summary>How many enterprises a search names above its products.</summary>
    public const int EnterprisesShown = 3;

    /// <param name="wanted">How many of the best hits to return: a page's worth when the ranking is the list, up to
    /// <see cref="MaxCandidates"/> when the database filters or sorts them.</param>
    public static Ranking Products(CatalogIndex index, string text, IReadOnlyList<IReadOnlyList<string>> synonyms, int pageSize, int wanted = MaxCandidates)
    {
        // The words as typed first; their synonyms only when that finds less than a page; the tolerant query (a jamo
        // off, the other keyboard mode) only when nothing is found, and only for the words the index does not hold
        // as typed: 고추장 and 의자 both exist, so 고추장 의자 finding nothing is an answer, not a typo.
        if (Build(text, [], NoTypos) is not { } exact) return Ranking.None;
        var ranking = index.Read(searcher =>
        {
            var found = Collect(searcher, exact, wanted, EnterprisesShown);
            if (found.Total < pageSize && HasSynonym(text, synonyms) && Build(text, synonyms, NoTypos) is { } widened) found = Collect(searcher, widened, wanted);
            if (found.Total == 0 && Unknown(searcher.IndexReader, text) is { Count: > 0 } unknown
                && Build(text, synonyms, unknown.Contains) is { } tolerant) found = Collect(searcher, tolerant, wanted);
            return found;
        });
        return ranking with { Hits = Diversify(ranking.Hits, pageSize) };
    }

    private static bool NoTypos(string word) => false;

    /// <summary>The words (초성 aside) with a gram no name, label or description holds: the ones that may be typos.</summary>
    private static HashSet<string> Unknown(IndexReader reader, string text) =>
        Words(Documents.Normalize(text)).Where(word => !Hangul.IsInitialsOnly(word)
            && Analyzers.Terms(Analyzers.Text, word).Any(term => reader.DocFreq(new Term(Fields.All, term)) == 0)).ToHashSet();

    /// <summary>The best hits, ranked by score lifted a little by sales, and how many matched in all; with
    /// <paramref name="enterprises"/>, also the best enterprises the query matched, from the same pass.</summary>
    private static Ranking Collect(IndexSearcher searcher, Query query, int wanted, int enterprises = 0)
    {
        var best = new BestHits(Math.Max(1, wanted), Kinds["product"], enterprises);
        searcher.Search(query, best);
        return new Ranking(best.Ranked(), best.Total)
        {
            Enterprises = best.Enterprises().Select(searcher.Doc)
                .Select(doc => (doc.GetField(Fields.Id).GetInt32Value()!.Value, doc.Get(Fields.Title), doc.Get(Fields.TitleEn))).ToList(),
        };
    }

    /// <summary>Keeps the best hits as they are found, with the figures ranking needs read from each segment's doc
    /// values (no stored fields loaded). Equal scores go by product id, so the best 48 are always the first 48 of
    /// the best 500: pages asked with different depths agree.</summary>
    private sealed class BestHits(int size, Filter products, int enterpriseSize) : ICollector
    {
        // Enterprises are few: kept by score (then the lower document), as document numbers to read their names from.
        private readonly List<(float Score, int Doc)> _enterpriseDocs = [];
        private int _base;
        // Lower scores first, and among equal scores the higher id: the worst kept hit is on top, to be replaced.
        private static readonly Comparer<(double Score, int Id)> WorstFirst = Comparer<(double Score, int Id)>.Create((a, b) =>
            a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Id.CompareTo(a.Id));
        private readonly PriorityQueue<SearchHit, (double Score, int Id)> _kept = new(WorstFirst);
        private (double Score, int Id) _worst = (double.NegativeInfinity, int.MaxValue);
        private Scorer _scorer = null!;
        private IBits _isProduct = null!;
        private NumericDocValues _ids = null!, _enterprises = null!, _sales = null!, _titles = null!;

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            var reader = context.AtomicReader;
            _base = context.DocBase;
            // A bit per document rather than a filter around the query: checked only for what the query matched.
            _isProduct = products.GetDocIdSet(context, null)?.Bits ?? new Bits.MatchNoBits(reader.MaxDoc);
            _ids = reader.GetNumericDocValues(Fields.Id);
            _enterprises = reader.GetNumericDocValues(Fields.EnterpriseId);
            _sales = reader.GetNumericDocValues(Fields.Sales);
            _titles = reader.GetNumericDocValues(Fields.TitleHash);
        }

        public void Collect(int doc)
        {
            if (!_isProduct.Get(doc))
            {
                if (enterpriseSize > 0) _enterpriseDocs.Add((_scorer.GetScore(), _base + doc));
                return;
            }
            Total++;
            var score = _scorer.GetScore() * (1 + 0.1 * Math.Log10(1 + _sales.Get(doc)));
            if (_kept.Count == size && score < _worst.Score) return; // most matches stop here, before reading their id
            var id = (int)_ids.Get(doc);
            if (_kept.Count == size)
            {
                if (WorstFirst.Compare((score, id), _worst) <= 0) return;
                _kept.Dequeue();
            }
            _kept.Enqueue(new SearchHit(id, (int)_enterprises.Get(doc), _titles.Get(doc), score), (score, id));
            if (_kept.Count == size) _kept.TryPeek(out _, out _worst);
        }

        public IEnumerable<int> Enterprises() =>
            _enterpriseDocs.OrderByDescending(e => e.Score).ThenBy(e => e.Doc).Take(enterpriseSize).Select(e => e.Doc);

        public List<SearchHit> Ranked()
        {
            var ranked = new List<SearchHit>(_kept.Count);
            while (_kept.Count > 0) ranked.Add(_kept.Dequeue());
            ranked.Reverse();
            return ranked;
        }
    }

    /// <summary>Names that start with what is being typed (the last word a prefix), for suggestions.</summary>
    /// <param name="kind">"product" or "enterprise": each asked apart, so an enterprise whose name the products carry
    /// (행복 전통 고추장 of 행복푸드) is not crowded out by them.</param>
    public static IReadOnlyList<(int Id, string Title, string TitleEn, bool IsEnterprise)> Suggest(CatalogIndex index, string text, int max, string kind)
    {
        var words = Words(text);
        if (words.Count == 0) return [];
        var query = new BooleanQuery();
        foreach (var word in words.SkipLast(1)) if (Word(word) is { } q) query.Add(q, Occur.MUST);
        var last = words[^1].ToLowerInvariant();
        var prefix = new BooleanQuery { { new PrefixQuery(new Term(Fields.Words, last)), Occur.SHOULD } };
        if (Hangul.IsInitialsOnly(last)) prefix.Add(new TermQuery(new Term(Fields.Initials, last)), Occur.SHOULD);
        if (last.Length >= 2 && Word(last) is { } whole) prefix.Add(whole, Occur.SHOULD);
        query.Add(prefix, Occur.MUST);
        return index.Read(searcher => searcher.Search(OfKind(query, kind), max * 4).ScoreDocs.Select(d => searcher.Doc(d.Doc))
            .Select(doc => (doc.GetField(Fields.Id).GetInt32Value()!.Value, doc.Get(Fields.Title), doc.Get(Fields.TitleEn), doc.Get(Fields.Key).StartsWith('e')))
            .DistinctBy(s => (s.Item2, s.Item4)).Take(max).ToList());
    }

    /// <summary>On no result: the name of the best match of a looser query (any of the first words as typed; failing
    /// that, one jamo off), to offer instead.</summary>
    public static string? DidYouMean(CatalogIndex index, string text)
    {
        var terms = Words(text).Take(3).SelectMany(word => Analyzers.Terms(Analyzers.Text, word).Take(4)).Distinct().ToList();
        return Best(terms.Select(term => (Query)new TermQuery(new Term(Fields.Name, term))))
            ?? Best(terms.Where(Analyzers.HasNear).Select(Near));

        string? Best(IEnumerable<Query> clauses)
        {
            var loose = new BooleanQuery();
            foreach (var clause in clauses) loose.Add(clause, Occur.SHOULD);
            if (loose.Clauses.Count == 0) return null;
            return index.Read(searcher =>
            {
                // A collector that checks the product bit itself: the disjunction is then scored in bulk, not doc by doc
                // through a filter.
                var best = new BestProduct(Kinds["product"]);
                searcher.Search(loose, best);
                return best.Doc is { } doc ? searcher.Doc(doc).Get(Fields.Title) : null;
            });
        }
    }

    /// <summary>The best-scoring product of a search (the lowest document among equals), as a document number.</summary>
    private sealed class BestProduct(Filter products) : ICollector
    {
        private Scorer _scorer = null!;
        private IBits _isProduct = null!;
        private int _base;
        private float _score = float.NegativeInfinity;

        public int? Doc { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            _base = context.DocBase;
            _isProduct = products.GetDocIdSet(context, null)?.Bits ?? new Bits.MatchNoBits(context.AtomicReader.MaxDoc);
        }

        public void Collect(int doc)
        {
            if (!_isProduct.Get(doc)) return;
            var score = _scorer.GetScore();
            if (score < _score || score == _score && _base + doc > Doc) return;
            (_score, Doc) = (score, _base + doc);
        }
    }

    private static List<string> Words(string text) =>
        text.Split([' ', '\t', ',', '+'], StringSplitOptions.RemoveEmptyEntries).Take(12).ToList();

    /// <summary>The whole query: the words as typed, or with a synonym in place, or re-typed in the other keyboard mode.
    /// It matches products and enterprises alike: the caller keeps the kind it wants (the collector's bit set, or <see cref="OfKind"/>).</summary>
    /// <param name="typo">The words also matched one jamo off; when any is, the other keyboard mode is tried too.</param>
    private static Query? Build(string text, IReadOnlyList<IReadOnlyList<string>> synonyms, Func<string, bool> typo)
    {
        var normalized = Documents.Normalize(text);
        var tolerant = Words(normalized).Any(typo);
        var variants = new BooleanQuery();
        void Add(string variant, float boost)
        {
            if (Strict(variant, typo) is not { } q) return;
            q.Boost = boost;
            variants.Add(q, Occur.SHOULD);
        }
        Add(normalized, 1f);
        foreach (var group in synonyms)
            foreach (var member in group.Where(m => Contains(normalized, m)))
                foreach (var other in group.Where(o => o != member))
                    Add(normalized.Replace(member, other), 0.8f);
        if (tolerant && normalized.All(c => char.IsAsciiLetter(c) || c == ' ') && Hangul.FromQwerty(normalized) is { } hangul) Add(hangul, 0.7f);
        if (tolerant && normalized.Any(c => Hangul.IsSyllable(c) || Hangul.IsJamo(c)) && Hangul.ToQwerty(normalized) is { } latin) Add(latin, 0.7f);
        if (variants.Clauses.Count == 0) return null;

        var query = new BooleanQuery { { variants, Occur.MUST } };
        // A whole name typed, or whole words of it, rank above a part of a word.
        query.Add(new TermQuery(new Term(Fields.Exact, normalized)) { Boost = 8f }, Occur.SHOULD);
        foreach (var word in Words(normalized)) query.Add(new TermQuery(new Term(Fields.Words, word)) { Boost = 2f }, Occur.SHOULD);
        return query;
    }

    private static readonly Dictionary<string, Filter> Kinds = new[] { "product", "enterprise" }
        .ToDictionary(kind => kind, kind => (Filter)new CachedBits(new QueryWrapperFilter(new TermQuery(new Term(Fields.Kind, kind)))));

    /// <summary>Products or enterprises only, by a bit set kept per index segment. Products are nearly every document:
    /// each match has its bit checked, instead of walking the postings of a term every product has. Enterprises are
    /// few: their bits are walked and the query asked only about them.</summary>
    private static Query OfKind(Query query, string kind) => new FilteredQuery(query, Kinds[kind],
        kind == "enterprise" ? FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY : FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);

    private sealed class CachedBits(Filter filter) : CachingWrapperFilter(filter)
    {
        // The default cache compresses the set, which can only be walked; a plain bit set can be asked doc by doc.
        protected override DocIdSet DocIdSetToCache(DocIdSet docIdSet, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            if (docIdSet?.GetIterator() is { } matches) bits.Or(matches);
            return bits;
        }
    }

    // Whole words only: "비누" is in "천연 비누" and in "천연비누", not the "누" of another word.
    private static bool Contains(string text, string phrase) => $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal) || text == phrase
        || (phrase.Any(Hangul.IsSyllable) && text.Replace(" ", "").Contains(phrase.Replace(" ", ""), StringComparison.Ordinal));

    /// <summary>Every word must match.</summary>
    private static BooleanQuery? Strict(string text, Func<string, bool> typo)
    {
        var all = new BooleanQuery();
        foreach (var word in Words(text)) if (Word(word, typo(word)) is { } q) all.Add(q, Occur.MUST);
        return all.Clauses.Count == 0 ? null : all;
    }

    /// <summary>One word: its grams in any field (most of them, for a long word whose spacing differs), or one jamo
    /// off each (lower), or its 초성.</summary>
    private static Query? Word(string word, bool tolerant = false)
    {
        if (Hangul.IsInitialsOnly(word))
        {
            if (word.Length <= 3) return new TermQuery(new Term(Fields.Initials, word));
            var grams = new BooleanQuery();
            for (var i = 0; i + 3 <= word.Length; i++) grams.Add(new TermQuery(new Term(Fields.Initials, word.Substring(i, 3))), Occur.MUST);
            return grams;
        }
        var terms = Analyzers.Terms(Analyzers.Text, word);
        if (terms.Count == 0) return null;
        var needed = terms.Count <= 2 ? terms.Count : (int)Math.Ceiling(terms.Count * 2 / 3.0);

        // Every gram required is a conjunction, which skips through the postings; "most of them" has to visit each.
        var all = needed == terms.Count;
        var each = all ? Occur.MUST : Occur.SHOULD;
        var exact = new BooleanQuery { MinimumNumberShouldMatch = all ? 0 : needed };
        var fuzzy = new BooleanQuery { MinimumNumberShouldMatch = all ? 0 : needed };
        foreach (var term in terms)
        {
            exact.Add(new TermQuery(new Term(Fields.All, term)), each);
            // One jamo off a two-syllable gram (세재 for 세제); a Latin word of five letters or more, one letter off.
            fuzzy.Add(Analyzers.HasNear(term) ? Near(term) : new TermQuery(new Term(Fields.Name, term)), each);
        }
        fuzzy.Boost = 0.3f;
        // Found in the name: scored by the name alone too, where a shorter name is the closer match.
        var inName = new BooleanQuery { MinimumNumberShouldMatch = all ? 0 : needed, Boost = 4f };
        foreach (var term in terms) inName.Add(new TermQuery(new Term(Fields.Name, term)), each);
        var found = new BooleanQuery { { exact, Occur.SHOULD } };
        if (tolerant) found.Add(fuzzy, Occur.SHOULD);
        // 유기농쌀 for 유기농 쌀: a syllable standing alone in a name is a term of its own; it lifts the product that has it.
        if (word.Length >= 3 && word.All(Hangul.IsSyllable))
            foreach (var syllable in word.Distinct()) found.Add(new TermQuery(new Term(Fields.Name, syllable.ToString())) { Boost = 3f }, Occur.SHOULD);
        // The name's grams are in the All field too, so a name match never widens what is found, only lifts it: as an
        // optional clause it is looked up only for what the grams found, and the search steps through the grams alone.
        return new BooleanQuery { { found.Clauses.Count == 1 ? exact : found, Occur.MUST }, { inName, Occur.SHOULD } };
    }

    /// <summary>One edit away, the first letter (jamo) kept: any spelling it shares with an indexed gram.</summary>
    private static Query Near(string term)
    {
        var any = new DisjunctionMaxQuery(0f);
        foreach (var spelling in Analyzers.Near(term).Distinct()) any.Add(new TermQuery(new Term(Fields.Near, spelling)));
        return any;
    }

    private static bool HasSynonym(string text, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var normalized = Documents.Normalize(text);
        return synonyms.Any(group => group.Any(member => Contains(normalized, member)));
    }

    /// <summary>The first page keeps no three in a row from one enterprise, nor three of one name, while other good
    /// matches wait: the next best that breaks the run moves up. Below the first page the order is the score's.</summary>
    private static IReadOnlyList<SearchHit> Diversify(IReadOnlyList<SearchHit> ranked, int pageSize)
    {
        var result = new List<SearchHit>(ranked.Count);
        var waiting = new List<SearchHit>(ranked);
        while (waiting.Count > 0 && result.Count < pageSize)
        {
            var pick = waiting.Take(pageSize * 2).FirstOrDefault(h => !Repeats(result, h)) ?? waiting[0];
            result.Add(pick);
            waiting.Remove(pick);
        }
        result.AddRange(waiting);
        return result;
    }

    private static bool Repeats(List<SearchHit> placed, SearchHit next) =>
        placed.Count >= 2 && (placed[^1].EnterpriseId == next.EnterpriseId && placed[^2].EnterpriseId == next.EnterpriseId
            || placed[^1].TitleKey == next.TitleKey && placed[^2].TitleKey == next.TitleKey);
}
