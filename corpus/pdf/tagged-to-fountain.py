import sys,re
src=sys.argv[1]; out=sys.argv[2]
rows=[]
for line in open(src,encoding='utf-8'):
    line=line.rstrip('\n')
    if line.startswith('#'): continue
    if not line.strip(): rows.append(('',''));continue
    f=line.split('\t'); rows.append((f[0],f[1]))
# title page: leading TITLE rows
titles=[]
i=0
while i<len(rows) and rows[i][0] in ('TITLE',''):
    if rows[i][0]=='TITLE': titles.append(rows[i][1])
    i+=1
o=[]
if titles:
    o.append('Title: '+titles[0])
    if len(titles)>1: o.append('Credit: '+titles[1])
    if len(titles)>2: o.append('Author: '+titles[2])
    if len(titles)>4:
        o.append('Contact:')
        for t in titles[3:-1]: o.append('    '+t)
    if len(titles)>3: o.append('Draft date: '+titles[-1])
    o.append('')
def caps(s): return not re.search(r'[a-zà-ÿ]',s) and re.search(r'[A-ZÀ-Þ]',s)
for tag,text in rows[i:]:
    if tag=='': o.append('');continue
    if tag=='HEADING':
        o.append(text if re.match(r'(INT|EXT|EST|I/E)[. /]',text,re.I) else '.'+text)
    elif tag=='CHARACTER': o.append(text if caps(text) and not text.endswith(':') else '@'+text)
    elif tag=='TRANSITION': o.append(text if re.search(r'TO:$',text) and caps(text) else '> '+text)
    elif tag=='CENTERED': o.append('> '+text+' <')
    elif tag in ('ACTION','SHOT'): o.append('!'+text if caps(text) or tag=='SHOT' else text)
    else: o.append(text)
open(out,'w',encoding='utf-8').write('\n'.join(o)+'\n')
