<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Камера включается…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Нет камеры: воспользуйтесь сканером или введите свой ID</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Камера отключена, переподключение…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Камера: поднесите к ней карту или пропуск</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">Выберите цель визита</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">Добро пожаловать, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Добро пожаловать</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">Зачем вы пришли сегодня? Коснитесь одного или нескольких.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Услуги</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Занятия сегодня</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">Сегодня занятий нет.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (мест нет)</translation>
    </message>
    <message>
        <source>Children with me</source>
        <translation type="unfinished">Со мной дети</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Отметиться</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">Ваш талон печатается.</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">Принтер недоступен. Сфотографируйте экран.</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">Вы отмечены</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Готово</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">QR-код вашего пропуска CRC</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">Сфотографируйте этот код. В следующий раз отсканируйте его здесь.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">Распечатать талон</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">Вы уже отмечены</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">%1, вы отмечены</translation>
    </message>
    <message>
        <source>Child care: please go to the front desk for your pickup code.</source>
        <translation type="unfinished">Присмотр за детьми: подойдите на стойку регистрации за кодом.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>Начнём заново через %n секунду, чтобы защитить ваши данные.</numerusform>
            <numerusform>Начнём заново через %n секунды, чтобы защитить ваши данные.</numerusform>
            <numerusform>Начнём заново через %n секунд, чтобы защитить ваши данные.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Я здесь</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">Сейчас в здании (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">мест нет</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">Нет планов</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">приостановлено: проверьте учётные данные (позвоните в ИТ)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n ожидают, нет связи с %1</numerusform>
            <numerusform>%n ожидают, нет связи с %1</numerusform>
            <numerusform>%n ожидают, нет связи с %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">всё отправлено</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">День</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">Сейчас в здании</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Занятия сегодня</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Занятие</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Комната</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Время</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">Записано</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Название</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">Конец</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Мест</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">Сохранить занятие</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">Отметки по часам</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">Отправка в планы</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">Отчёт</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">С</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">По</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">Последний день</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">Экспорт PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Неверный PIN. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>Выход после %n мин. без действий.</numerusform>
            <numerusform>Выход после %n мин. без действий.</numerusform>
            <numerusform>Выход после %n мин. без действий.</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">стойка регистрации</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">руководитель</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">присмотр за детьми</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">ИТ</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">Эта карта здесь ещё не зарегистрирована. Заполните форму.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Отмечен: %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">Исправление сохранено. Теперь в визите: %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">Визит аннулирован и больше не учитывается.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">Нельзя объединить человека с самим собой.</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">Объединено. Их визиты теперь у этого человека.</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">Объединение отменено. Это снова два человека.</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">На этой станции нет принтера. Отметка сохранена; можно напечатать в PDF-файл.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">Предпросмотр печати</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">Только руководитель может менять сегодняшние занятия.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">Отчёт сохранён: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">Сохранить отчёт</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">Поиск (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Новый посетитель (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">День (F5)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">Выйти</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">Слишком много неверных PIN. Вход заблокирован до %1 (%2 мин).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Не сохранено: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">Не найдено: %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">Это занятие заполнено. Выберите другое.</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">Эта услуга здесь не предоставляется.</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">На этой станции это пока недоступно.</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">Не получилось. Попробуйте ещё раз или позвоните в ИТ.</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">Дата рождения %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">последний визит %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">мест нет</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">Сегодня не отмечен.</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">Сегодняшний визит аннулирован.</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">Отмечен сегодня: %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">Сначала выберите хотя бы одну услугу или занятие.</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">Сначала укажите причину (она сохраняется с записью).</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">Сначала измените услуги, затем сохраните исправление.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">последний визит</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">Сначала найдите дубликат: введите имя в поле объединения.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">Объединить %1 с %2? Это можно отменить.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Человек</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">Услуги и занятия сегодня</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">Отметить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Причина</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">Почему: напр., выбрано не то занятие</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">Сохранить исправление</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">Аннулировать визит</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">Печать талона</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">Печать наклейки</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">Объединить дубликат с этим человеком</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">Найдите дубликат по имени, телефону или ID</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">Найти дубликат</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Возможные дубликаты</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Объединить…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">Подтвердить объединение</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">Отменить объединение</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">Введите имя.</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">Введите фамилию.</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">Эта дата рождения в будущем.</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Такой даты нет. Введите дату рождения как ММ/ДД/ГГГГ, напр. 03/14/1986.</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Введите дату рождения как ММ/ДД/ГГГГ, напр. 03/14/1986.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">Номер телефона — 10 цифр, напр. 213-555-0100.</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">Это не номер участника этого плана. Ожидается: %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">последний визит</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">Регистрация посетителя</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">&amp;Дата рождения (ММ/ДД/ГГГГ)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">&amp;Телефон (необязательно)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">&amp;Язык</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">&amp;План</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">&amp;Номер участника</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">ММ/ДД/ГГГГ</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">Нет плана / неизвестно</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">Согласен(на) передавать данные о визитах этому плану</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">Сохранить (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">Возможно, этот человек уже зарегистрирован. Выберите его или сохраните как нового.</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">Похожие люди</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">Выбрать этого человека</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">Сохранить как нового</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">Никого не найдено. Нажмите Ctrl+N, чтобы зарегистрировать посетителя.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">последний визит</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">Поиск людей</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">Найти человека (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">Имя, телефон, дата рождения или номер участника</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Поиск</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Новый посетитель (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Найденные люди</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">Введите PIN и нажмите Enter.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">Вход для сотрудников</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Стойка регистрации</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">Введите PIN сотрудника и нажмите Enter.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">Войти</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">База данных занята. Повторяем попытку.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Эта станция не может сохранять записи. Обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">Базе данных требуется внимание. Обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Что-то пошло не так. Обратитесь за помощью на стойку регистрации.</translation>
    </message>
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">Пожалуйста, используйте карту участника</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">Водительские права и удостоверение личности здесь не принимаются, и из них ничего не сохранено. Отсканируйте карту медицинского плана или пропуск CRC или введите свои данные.</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">Банковская карта здесь не принимается. Отсканируйте карту медицинского плана или пропуск CRC или введите номер.</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">Не удалось прочитать этот пропуск</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">Подойдите на стойку регистрации, там вас отметят.</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">Не удалось использовать эту карту</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">Попробуйте ещё раз, введите номер или нажмите «У меня нет карты». На стойке регистрации тоже помогут.</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">Введите номер участника.</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">Номер выглядит неполным или неверным. Проверьте его.</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">Этот номер подходит к нескольким картам. Подойдите на стойку регистрации.</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">Мы не знаем такого номера. Проверьте его.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">Пример: %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">Этот номер не найден</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">Можно попробовать ещё раз, зарегистрироваться сейчас (это займёт минуту) или подойти на стойку регистрации.</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">Места на это занятие только что закончились</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">Выберите что-нибудь другое или подойдите на стойку регистрации.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">Проверьте введённые данные</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">Чего-то не хватает или что-то неверно. На стойке регистрации помогут.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">Извините, что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>Отметки по часам: всего %n</numerusform>
            <numerusform>Отметки по часам: всего %n</numerusform>
            <numerusform>Отметки по часам: всего %n</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">пик в %1:00</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Неверный PIN. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">Слишком много попыток. Подождите и попробуйте снова.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">Вход для сотрудников недоступен</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">Чтобы выйти из режима киоска, позвоните в ИТ-отдел.</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">Киоск CRC: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Сообщение</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Ввести номер</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Зарегистрироваться</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">Выбрать снова</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">В начало</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">Экранная клавиатура</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">Удалить последний символ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">Пробел</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">Введите имя.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">Введите фамилию.</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">Введите дату рождения: месяц, день, год.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">В номере телефона 10 цифр. Можно оставить поле пустым.</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">Введите номер участника с карты плана.</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">Ответьте: можно ли передавать сведения о ваших визитах?</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Зарегистрироваться</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">Расскажите о себе</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">Это займёт около минуты. Коснитесь поля и печатайте на клавишах.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Фамилия</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">Дата рождения (месяц / день / год)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">Телефон (можно не заполнять)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">Ваш медицинский план, если знаете</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">Номер участника с карты плана</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">Можно сообщать вашему медицинскому плану о ваших визитах? Так им проще вам помочь.</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">Нет плана / Не знаю</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">Да, передавайте</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">Нет, не передавайте</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">Зарегистрироваться и продолжить</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN сотрудника</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">Только для сотрудников: введите PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Разблокировать</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">Стойка регистрации CRC: %1</translation>
    </message>
    <message>
        <source>Child care check-in comes next. This station has nothing to do yet.</source>
        <translation type="unfinished">Отметка для присмотра за детьми появится позже. Этой станции пока нечего делать.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Состояние станции</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Проверка станции…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">База данных в порядке</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n запись ожидает, нет связи с %1</numerusform>
            <numerusform>%n записи ожидают, нет связи с %1</numerusform>
            <numerusform>%n записей ожидают, нет связи с %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n запись ожидает синхронизации</numerusform>
            <numerusform>%n записи ожидают синхронизации</numerusform>
            <numerusform>%n записей ожидают синхронизации</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">Нет ожидающих записей</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Все записи отправлены</translation>
    </message>
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1: нужно проверить учётные данные (позвоните в ИТ)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n запись отклонена</numerusform>
            <numerusform>%n записи отклонены</numerusform>
            <numerusform>%n записей отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>Часы расходятся на %n минуту: проверьте время</numerusform>
            <numerusform>Часы расходятся на %n минуты: проверьте время</numerusform>
            <numerusform>Часы расходятся на %n минут: проверьте время</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">Введите номер</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">Введите номер участника</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">Он указан на карте медицинского плана или карте Medi-Cal.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">Номер участника</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продолжить</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Экран приветствия</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Добро пожаловать</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Коснитесь своего языка, чтобы начать</translation>
    </message>
    <message>
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">Воспользуйтесь сканером карт или нажмите «Ввести номер».</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Поднесите карту или пропуск к камере</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Ввести номер</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">У меня нет карты</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">Крупный текст</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">Увеличить текст на всех экранах</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Показать экран на этом языке</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">План A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">План B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Логотип %1</translation>
    </message>
</context>
</TS>
