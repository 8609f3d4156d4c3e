-- wrk: a different search on every request (words, spacing, typos, 초성, the other keyboard mode, English, sorts),
-- so no answer cache has seen it. Read by bench/search.sh.
local words = { "세제", "주방 세제", "세제 주방", "주방세제", "천연 비누", "비누", "유기농쌀", "유기농 쌀", "사무실 청소", "청소", "도시락", "도시략",
  "세재", "ㄷㅅㄹ", "ㅅㅈ", "ehtlfkr", "tpwp", "lunch box", "soap", "rice", "coffee", "원두커피", "에코백", "장바구니 가방", "의자", "원목 의자",
  "책상", "복사용지", "토너", "명함 인쇄", "현수막", "방역 소독", "고추장", "된장", "참기름", "국수", "사과", "감자", "미역", "쿠키", "초콜릿",
  "칫솔", "샴푸바", "머그컵", "지갑", "인형", "선물세트", "티셔츠", "양말", "앞치마", "볼펜", "노트", "달력", "도마", "책꽂이", "사물함", "케이터링",
  "다과", "간식", "코딩 교실", "체조", "상담", "숲 체험", "돌봄", "친환경", "대용량", "소포장", "공정무역", "업사이클", "수제", "전통", "유기농" }
local sorts = { "", "", "", "&sort=PriceLow", "&sort=Popular" }
-- Each run (and each wrk thread) starts somewhere else among the pairs, so no run repeats the one before it.
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
local counter = math.random(0, 5000000)
local function encode(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
request = function()
  counter = counter + 1
  -- The pairs in a scattered order (1009 is prime, so it steps through every pair), so a few seconds' run meets every word
  -- rather than one first word paired with each of the others.
  local pair = (counter * 1009) % (#words * #words)
  local a = words[pair % #words + 1]
  local b = words[math.floor(pair / #words) + 1]
  -- One word, or two: the pairs repeat only after every word has met every other, and then spaced anew (the
  -- search reads 세제  주방 as 세제 주방), so no answer cache, keyed by what was typed, has seen the request.
  local spaces = math.floor(counter / (#words * #words)) % 16 + 1
  local q = (counter % 3 == 0) and (a .. string.rep(" ", spaces - 1)) or (a .. string.rep(" ", spaces) .. b)
  local path = "/products?q=" .. encode(q) .. sorts[counter % #sorts + 1] .. "&n=" .. counter
  return wrk.format("GET", path)
end
